namespace Newspipe.Contracts;

/// <summary>
/// Store asks Ingest (queue <c>ingest-replay</c>) to read a failed file again: the file goes back from the inbox's
/// <c>failed/</c> folder into the inbox, and a new failure of it raises the recorded failure's repeat count.
/// </summary>
public sealed record FileReplayRequested
{
    /// <summary>The failure being replayed.</summary>
    public required Guid FailureId { get; init; }

    /// <summary>The file under <c>failed/</c>, relative to it, as <see cref="ArticleFailed.FailedFile"/> said.</summary>
    public required string FailedFile { get; init; }

    /// <summary>The file's original name, relative to the inbox.</summary>
    public required string SourceName { get; init; }
}
