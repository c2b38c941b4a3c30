namespace Newspipe.Benchmarks.Pipeline;

/// <summary>One row of the benchmark table: throughput, latency at about half that rate, peak memory of each process.</summary>
public sealed record ModeResult(string Mode, double ArticlesPerSecond, Latency Latency, IReadOnlyList<(string Process, long PeakBytes)> PeakMemory);
