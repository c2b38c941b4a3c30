namespace Newspipe.Dashboard;

/// <summary>How many failures a replay, archive or unarchive acted on.</summary>
public sealed record FailureActionResult(int Count);
