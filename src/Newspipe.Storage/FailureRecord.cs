namespace Newspipe.Storage;

/// <summary>Something that failed and was not retried further: shown in the dashboard and CLI, replayable.</summary>
public sealed class FailureRecord
{
    public Guid Id { get; set; }

    public Guid? ArticleId { get; set; }

    public required string SourceName { get; set; }

    public required string Stage { get; set; }

    public required string Reason { get; set; }

    /// <summary>The full name of the message type that failed, when a message failed.</summary>
    public string? MessageType { get; set; }

    /// <summary>The failed message as JSON, so it can be published again.</summary>
    public string? Payload { get; set; }

    public DateTime FailedAt { get; set; }

    public DateTime? ReplayedAt { get; set; }
}
