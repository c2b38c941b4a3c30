namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// What the pipeline benchmark runs: <paramref name="Burst"/> files dropped at once (throughput), <paramref name="Paced"/>
/// other files dropped at half rate (latency), <paramref name="StoredTemplates"/> yet others whose enrichment fills the
/// store before the last run (so the stored articles are not copies of the measured ones), the repository (to start the built services from) and the CLI
/// assembly (to start the embedded host from), how many articles the store holds before the last run, and which
/// modes to measure besides the limit (<paramref name="Modes"/>; every one when empty).
/// </summary>
public sealed record BenchPlan(
    IReadOnlyList<string> Burst,
    IReadOnlyList<string> Paced,
    IReadOnlyList<string> StoredTemplates,
    string Repository,
    string Configuration,
    string CliAssembly,
    string WorkFolder,
    int Prestored,
    IReadOnlySet<BenchMode> Modes)
{
    /// <summary>Whether this run measures <paramref name="mode"/>.</summary>
    public bool Runs(BenchMode mode) => Modes.Count == 0 || Modes.Contains(mode);
}
