namespace Newspipe.Dashboard.Pipeline;

/// <summary>Articles stored, and failures that still wait for someone.</summary>
public sealed record PipelineTotals(int Articles, int UnresolvedFailures);
