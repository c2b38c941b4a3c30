namespace Newspipe.Ingestion;

/// <summary>The "&lt;name&gt;.error.json" sidecar written beside a failed file.</summary>
internal sealed record FailedFileNote(string File, string Reason, DateTimeOffset At);
