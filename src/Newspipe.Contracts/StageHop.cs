namespace Newspipe.Contracts;

/// <summary>
/// One stage's part in an article's journey: when the message it worked on was sent, when the stage took it and when
/// it was done, how many attempts that took and which process did it. Each stage appends its own hop to the
/// <c>Journey</c> it received and passes the list on, so the article's waterfall needs no trace backend.
/// </summary>
public sealed record StageHop
{
    /// <summary>The stage's name: <c>ingest</c>, <c>clean</c>, <c>enrich</c>, <c>store</c> (or a replacement's own name).</summary>
    public required string Stage { get; init; }

    /// <summary>The machine (host name) the stage ran on.</summary>
    public required string Host { get; init; }

    /// <summary>The process id of the stage on that machine.</summary>
    public required int Pid { get; init; }

    /// <summary>When the message the stage worked on was sent (UTC); null for Ingest, which reads a file.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>When the stage took the message (its last attempt) or, for Ingest, began reading the file (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the stage was done with the article and handed it on (UTC).</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>How many times the stage tried (1 when the first attempt succeeded).</summary>
    public required int Attempts { get; init; }

    /// <summary>The W3C trace id (32 hex digits) the stage worked under, when it had one.</summary>
    public string? TraceId { get; init; }
}
