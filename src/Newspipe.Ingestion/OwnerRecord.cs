namespace Newspipe.Ingestion;

/// <summary>Who holds a claim folder; its file's modification time is the lease, renewed while the owner lives.</summary>
internal sealed record OwnerRecord(string Owner, string Host, int ProcessId, DateTime ProcessStartUtc);
