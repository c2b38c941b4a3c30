using System.Globalization;

namespace Newspipe.Faults.Tests;

/// <summary>One scenario's outcome: the row it prints and appends to NEWSPIPE_FAULT_RESULTS.</summary>
internal sealed record ScenarioResult(string Scenario, int ArticlesIn, StoreCounts Counts, double Seconds, bool Passed)
{
    public const string Header = "scenario | articles in | stored | duplicates | failures | seconds | result";

    public string Row => string.Join(" | ", Fields);

    public void AppendTo(string resultsFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(resultsFile)!);
        File.AppendAllText(resultsFile, string.Join('\t', Fields) + "\n");
    }

    private IEnumerable<string> Fields =>
    [
        Scenario,
        ArticlesIn.ToString(CultureInfo.InvariantCulture),
        Counts.Stored.ToString(CultureInfo.InvariantCulture),
        Counts.Duplicates.ToString(CultureInfo.InvariantCulture),
        Counts.Failures.ToString(CultureInfo.InvariantCulture),
        Seconds.ToString("0", CultureInfo.InvariantCulture),
        Passed ? "pass" : "FAIL",
    ];
}
