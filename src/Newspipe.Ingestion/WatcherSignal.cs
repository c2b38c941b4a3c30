namespace Newspipe.Ingestion;

/// <summary>A path the file system watcher reported, or (Path null) a request for a full rescan.</summary>
internal readonly record struct WatcherSignal(string? Path, bool MayBeFolder);
