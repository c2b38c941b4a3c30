namespace Newspipe.Storage;

/// <summary>When each stage finished with the article (UTC): the part of its journey the store keeps today.</summary>
public sealed record StageTimes(DateTime IngestedAt, DateTime CleanedAt, DateTime EnrichedAt, DateTime StoredAt);
