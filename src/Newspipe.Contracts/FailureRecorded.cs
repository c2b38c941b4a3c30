namespace Newspipe.Contracts;

/// <summary>Store wrote a failure into the failures store: the article it concerns will not move on until replayed.</summary>
public sealed record FailureRecorded
{
    /// <summary>The failure's id in the store (<c>./newspipe failures show ID</c>).</summary>
    public required Guid FailureId { get; init; }

    /// <summary>The article, when one was assigned.</summary>
    public Guid? ArticleId { get; init; }

    /// <summary>The file, relative to the inbox.</summary>
    public required string SourceName { get; init; }

    /// <summary>The stage that failed.</summary>
    public required string Stage { get; init; }

    /// <summary>Why, in words a person can act on.</summary>
    public required string Reason { get; init; }

    /// <summary>How many replays of it failed again (0 for a first failure).</summary>
    public int RepeatCount { get; init; }

    /// <summary>When the failure was written (UTC).</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
