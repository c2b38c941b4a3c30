namespace Newspipe.Faults.Tests;

/// <summary>How big the scenarios are: NEWSPIPE_FAULT_ARTICLES articles each (scripts/faults.sh sets 1,000), else a CI size.</summary>
internal static class FaultSettings
{
    public static int Articles(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("NEWSPIPE_FAULT_ARTICLES"), out var articles) && articles > 0
            ? articles
            : ciDefault;

    /// <summary>Where each scenario appends its result row (tab-separated), when NEWSPIPE_FAULT_RESULTS is set.</summary>
    public static string? ResultsFile =>
        Environment.GetEnvironmentVariable("NEWSPIPE_FAULT_RESULTS") is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    /// <summary>How long the pipeline may take for <paramref name="articles"/> on a busy 2-core machine, faults aside.</summary>
    public static TimeSpan Patience(int articles) => TimeSpan.FromSeconds(90) + TimeSpan.FromMilliseconds(300 * articles);
}
