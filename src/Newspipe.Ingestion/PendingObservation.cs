namespace Newspipe.Ingestion;

/// <summary>How a pending file looked when last seen, and when to look again.</summary>
internal readonly record struct PendingObservation(long Length, DateTime LastWriteUtc, DateTimeOffset Due);
