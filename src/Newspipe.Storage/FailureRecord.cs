namespace Newspipe.Storage;

/// <summary>
/// Something a stage gave up on, kept where people can see, replay and archive it: a file Ingest could not read, or
/// a message with its body and headers. One row per failure; a replay that fails again raises <see cref="RepeatCount"/>.
/// </summary>
public sealed class FailureRecord
{
    public Guid Id { get; set; }

    public Guid? ArticleId { get; set; }

    public required string SourceName { get; set; }

    /// <summary><c>ingest</c>, <c>clean</c>, <c>enrich</c>, <c>store</c> or <c>failures</c>.</summary>
    public required string Stage { get; set; }

    /// <summary>The queue the message was read from; null for a file.</summary>
    public string? Queue { get; set; }

    /// <summary>The latest reason, in words a person can act on.</summary>
    public required string Reason { get; set; }

    public string? ExceptionType { get; set; }

    public string? StackTrace { get; set; }

    /// <summary>Failures alike (stage, exception type, place in the code) share a key, for counting and replaying them together.</summary>
    public required string GroupKey { get; set; }

    /// <summary>What the group is, in words: stage, exception type and the place in the code.</summary>
    public required string GroupTitle { get; set; }

    /// <summary>Attempts made over every try, replays included.</summary>
    public int Attempts { get; set; }

    /// <summary>How many replays failed again.</summary>
    public int RepeatCount { get; set; }

    public int ReplayCount { get; set; }

    public FailureStatus Status { get; set; }

    public DateTime FirstFailedAt { get; set; }

    public DateTime LastFailedAt { get; set; }

    public DateTime? ReplayedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public Guid? MessageId { get; set; }

    /// <summary>The message type URN of the failed message.</summary>
    public string? MessageType { get; set; }

    /// <summary>The failed message as received (its whole JSON envelope), sent again on replay.</summary>
    public string? Payload { get; set; }

    /// <summary>The failed message's transport headers, as a JSON object.</summary>
    public string? HeadersJson { get; set; }

    public string? TraceId { get; set; }

    /// <summary>The machine and process that gave up.</summary>
    public string? Process { get; set; }

    /// <summary>For a file: where it lies under the inbox's <c>failed/</c> folder.</summary>
    public string? FailedFile { get; set; }
}
