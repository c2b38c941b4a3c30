namespace Newspipe.Contracts;

/// <summary>
/// A file or message that a stage gave up on: a file Ingest could not read, or a message whose processing failed for
/// good (a permanent error, or a transient one that outlasted every retry), could not be deserialized, or had no
/// consumer. Store records it among the failures, where it can be seen and replayed. Every failure of every stage
/// travels as this one message; the optional members describe a failed message and its place in the code.
/// </summary>
public sealed record ArticleFailed
{
    /// <summary>The article id when one was assigned; null for a file that could not be read.</summary>
    public Guid? ArticleId { get; init; }

    /// <summary>The file, relative to the inbox.</summary>
    public required string SourceName { get; init; }

    /// <summary>The stage that failed: <c>ingest</c>, <c>clean</c>, <c>enrich</c> or <c>store</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>Why, in words a person can act on.</summary>
    public required string Reason { get; init; }

    /// <summary>When it failed (UTC).</summary>
    public required DateTimeOffset FailedAt { get; init; }

    /// <summary>The queue the failed message was read from (<c>clean-article</c>, …); null for a file.</summary>
    public string? Queue { get; init; }

    /// <summary>Full name of the exception type, e.g. <c>System.Text.Json.JsonException</c>.</summary>
    public string? ExceptionType { get; init; }

    /// <summary>The exception's stack trace, inner exceptions included.</summary>
    public string? StackTrace { get; init; }

    /// <summary>How many times the stage tried the message (1 when it failed at once).</summary>
    public int? Attempts { get; init; }

    /// <summary>The failed message's id, from its envelope.</summary>
    public Guid? MessageId { get; init; }

    /// <summary>The failed message's type URN, e.g. <c>urn:message:Newspipe.Contracts:ArticleCleaned</c>.</summary>
    public string? MessageType { get; init; }

    /// <summary>The failed message as received (the whole envelope, UTF-8 JSON), so it can be sent again.</summary>
    public string? Body { get; init; }

    /// <summary>The failed message's transport headers.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>The W3C trace id of the failed attempt.</summary>
    public string? TraceId { get; init; }

    /// <summary>The machine and process that gave up, e.g. <c>host-1 (pid 4242)</c>.</summary>
    public string? Process { get; init; }

    /// <summary>For a file Ingest could not read: where it now lies, relative to the inbox's <c>failed/</c> folder.</summary>
    public string? FailedFile { get; init; }

    /// <summary>Set when the failed message was itself a replay: the failure it replayed (its repeat count goes up).</summary>
    public Guid? ReplayOf { get; init; }
}
