namespace Newspipe.Faults.Tests;

/// <summary>
/// What the store holds at the end of a scenario: articles stored, extra copies of a source file beyond its first
/// stored article, and unresolved failures.
/// </summary>
internal sealed record StoreCounts(int Stored, int Duplicates, int Failures);
