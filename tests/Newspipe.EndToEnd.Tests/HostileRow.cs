namespace Newspipe.EndToEnd.Tests;

/// <summary>One line of the hostile-input table.</summary>
internal sealed record HostileRow(string Input, string Outcome, double Seconds, bool AsExpected);
