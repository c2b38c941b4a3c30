using System.IO.Enumeration;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Polly;

namespace Newspipe.Ingestion;

/// <summary>
/// A watched inbox folder. Yields each complete article file once, across every instance watching the same folder:
/// files already there at start, files created, copied, moved or renamed in later (subfolders too), with a periodic
/// rescan and a rescan after any watcher error so that a lost event costs time, never a file.
/// </summary>
public sealed class Inbox : IAsyncDisposable
{
    private static readonly JsonSerializerOptions SidecarJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly EnumerationOptions ScanOptions = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
    };

    private readonly InboxOptions options;
    private readonly ILogger<Inbox> logger;
    private readonly TimeProvider time;
    private readonly InboxLayout layout;
    private readonly ResiliencePipeline fileAccess;
    private readonly ClaimStore claims;
    private readonly KeptFiles kept;
    private readonly PendingFiles pending;
    private readonly OpenWriters writers;
    private readonly Channel<WatcherSignal> signals = Channel.CreateUnbounded<WatcherSignal>(
        new UnboundedChannelOptions { SingleReader = true });

    private FileSystemWatcher? watcher;
    private volatile bool watcherFailed;
    private int watching;

    public Inbox(InboxOptions options, ILogger<Inbox> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SettleTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RescanInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ClaimLease, TimeSpan.Zero);
        this.options = options;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
        layout = new InboxLayout(options.Path);
        fileAccess = FileAccessResilience.Create(logger, this.time);
        claims = new ClaimStore(layout, options.ClaimLease, logger, fileAccess, this.time);
        kept = new KeptFiles(layout);
        pending = new PendingFiles(options.SettleTime);
        writers = new OpenWriters(layout.Root, this.time);
    }

    /// <summary>
    /// Yields each settled file after claiming it; call <see cref="InboxFile.CompleteAsync"/> or
    /// <see cref="InboxFile.FailAsync"/> on each. Runs until <paramref name="ct"/> is cancelled (then throws
    /// <see cref="OperationCanceledException"/>). One watch per instance.
    /// </summary>
    public async IAsyncEnumerable<InboxFile> WatchAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (Interlocked.Exchange(ref watching, 1) == 1)
        {
            throw new InvalidOperationException("An Inbox can be watched only once.");
        }

        Directory.CreateDirectory(layout.Root);
        claims.Start();
        IngestionLog.Watching(logger, layout.Root, claims.Owner);
        try
        {
            // Watch before the first scan, so a file dropped in between is seen by one or the other.
            StartWatcher();
            var nextRescan = DateTimeOffset.MinValue;
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var now = time.GetUtcNow();
                var rescan = DrainSignals(now) || now >= nextRescan;
                if (rescan)
                {
                    Rescan(now);
                    nextRescan = now + options.RescanInterval;
                }

                while (pending.TryTakeDue(time.GetUtcNow(), out var name, out var seen))
                {
                    if (TryTake(name, seen) is { } file)
                    {
                        yield return file;
                    }
                }

                var wakeAt = pending.NextDue is { } due && due < nextRescan ? due : nextRescan;
                await WaitForSignalAsync(wakeAt - time.GetUtcNow(), ct);
            }
        }
        finally
        {
            watcher?.Dispose();
            watcher = null;
        }
    }

    public ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        claims.Dispose();
        return ValueTask.CompletedTask;
    }

    internal async Task CompleteAsync(InboxFile file, CancellationToken ct)
    {
        try
        {
            await fileAccess.ExecuteAsync(
                static (state, _) =>
                {
                    state.inbox.Complete(state.file);
                    return ValueTask.CompletedTask;
                },
                (inbox: this, file),
                ct);
            IngestionLog.Completed(logger, file.Name, options.AfterProcessing);
        }
        catch (IOException exception) when (IsClaimLost(exception, file))
        {
            IngestionLog.ClaimLost(logger, file.Name);
        }
        finally
        {
            claims.Release(file.Path);
        }
    }

    internal async Task<string?> FailAsync(InboxFile file, string reason, CancellationToken ct)
    {
        try
        {
            var target = await fileAccess.ExecuteAsync(
                static (state, _) => ValueTask.FromResult(state.inbox.Fail(state.file, state.reason)),
                (inbox: this, file, reason),
                ct);
            IngestionLog.Failed(logger, file.Name, reason);
            return Path.GetRelativePath(layout.Failed, target).Replace(Path.DirectorySeparatorChar, '/');
        }
        catch (IOException exception) when (IsClaimLost(exception, file))
        {
            IngestionLog.ClaimLost(logger, file.Name);
            return null;
        }
        finally
        {
            claims.Release(file.Path);
        }
    }

    /// <summary>
    /// Puts a failed file back into the inbox to be read again (a replay): from <c>failed/</c>
    /// <paramref name="failedFile"/> to <paramref name="sourceName"/>, or a free name beside it; its sidecar is removed.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file is no longer in <c>failed/</c>.</exception>
    public string ReturnFailed(string failedFile, string sourceName)
    {
        var source = InboxLayout.Under(layout.Failed, failedFile);
        if (!InboxEntry.At(source).Exists)
        {
            throw new FileNotFoundException($"{failedFile} is no longer in the inbox's failed folder", source);
        }

        File.Delete(SidecarPath(source));
        var target = InboxLayout.MoveToFreePath(source, InboxLayout.Under(layout.Root, sourceName));
        signals.Writer.TryWrite(new WatcherSignal(target, MayBeFolder: false));
        return Path.GetRelativePath(layout.Root, target).Replace(Path.DirectorySeparatorChar, '/');
    }

    internal Task ReleaseAsync(InboxFile file, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        try
        {
            claims.ReturnToInbox(file.Path, file.Name);
            IngestionLog.Released(logger, file.Name);
        }
        catch (IOException exception) when (IsClaimLost(exception, file))
        {
            IngestionLog.ClaimLost(logger, file.Name);
        }
        finally
        {
            claims.Release(file.Path);
        }

        return Task.CompletedTask;
    }

    private static bool IsClaimLost(IOException exception, InboxFile file) =>
        exception is FileNotFoundException or DirectoryNotFoundException && !InboxEntry.At(file.Path).Exists;

    private void Complete(InboxFile file)
    {
        switch (options.AfterProcessing)
        {
            case ProcessedFileAction.Move:
                InboxLayout.MoveToFreePath(file.Path, InboxLayout.Under(layout.Processed, file.Name));
                break;
            case ProcessedFileAction.Delete:
                if (!File.Exists(file.Path))
                {
                    throw new FileNotFoundException("Claimed file is gone.", file.Path);
                }

                File.Delete(file.Path);
                break;
            case ProcessedFileAction.Keep:
                Keep(file);
                break;
            default:
                throw new InvalidOperationException($"Unknown {nameof(ProcessedFileAction)} {options.AfterProcessing}.");
        }
    }

    private void Keep(InboxFile file)
    {
        var info = new FileInfo(file.Path);
        if (!info.Exists)
        {
            throw new FileNotFoundException("Claimed file is gone.", file.Path);
        }

        var desired = InboxLayout.Under(layout.Root, file.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(desired)!);
        var target = desired;
        for (var n = 2; ; n++)
        {
            // The marker goes first: once the file is back in the inbox, it must already be known as done.
            kept.Mark(layout.CandidateName(target) ?? file.Name, info.Length, info.LastWriteTimeUtc);
            if (NoReplaceMove.TryMove(file.Path, target))
            {
                return;
            }

            target = InboxLayout.Suffixed(desired, n);
        }
    }

    private string Fail(InboxFile file, string reason)
    {
        var target = InboxLayout.MoveToFreePath(file.Path, InboxLayout.Under(layout.Failed, file.Name));
        var record = new FailedFileNote(file.Name, reason, time.GetUtcNow());
        File.WriteAllText(SidecarPath(target), JsonSerializer.Serialize(record, SidecarJson));
        return target;
    }

    /// <summary>"&lt;name&gt;.error.json", the name shortened when a long one would pass the 255-byte file name limit.</summary>
    private static string SidecarPath(string failedPath)
    {
        const string suffix = ".error.json";
        var name = Path.GetFileName(failedPath);
        while (Encoding.UTF8.GetByteCount(name) > 255 - suffix.Length)
        {
            name = name[..^(char.IsLowSurrogate(name[^1]) ? 2 : 1)];
        }

        return Path.Combine(Path.GetDirectoryName(failedPath)!, name + suffix);
    }

    private InboxFile? TryTake(string name, PendingObservation seen)
    {
        var path = InboxLayout.Under(layout.Root, name);
        var now = time.GetUtcNow();
        var info = InboxEntry.At(path);
        if (!info.IsCandidate)
        {
            return null;
        }

        // Reached through a linked folder: the "file" lies outside the inbox, and claiming it would move it.
        if (layout.HasLinkedFolder(path))
        {
            IngestionLog.OutsideThroughLink(logger, name);
            return null;
        }

        if (info.Length != seen.Length || info.LastWriteUtc != seen.LastWriteUtc)
        {
            pending.Schedule(name, info.Length, info.LastWriteUtc, now);
            return null;
        }

        if (kept.IsKept(name, info.Length, info.LastWriteUtc))
        {
            return null;
        }

        // A writer that paused longer than the settle time still holds the file open: not finished.
        if (!info.IsLink && now - info.LastWriteUtc < options.WriterCheckWindow && writers.HasWriter(path))
        {
            IngestionLog.StillOpenForWriting(logger, name);
            pending.Schedule(name, info.Length, info.LastWriteUtc, now);
            return null;
        }

        string? claimed;
        try
        {
            claimed = claims.TryClaim(path, name);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Typically locked by its writer (Windows): still being written, look again later.
            IngestionLog.ClaimDeferred(logger, name, exception);
            pending.Schedule(name, info.Length, info.LastWriteUtc, now);
            return null;
        }

        if (claimed is null)
        {
            return null;
        }

        // A writer that resumed between the last look and the rename is still writing: not ready.
        var after = InboxEntry.At(claimed);
        if (after.Length != seen.Length || after.LastWriteUtc != seen.LastWriteUtc)
        {
            IngestionLog.ChangedWhileClaiming(logger, name);
            try
            {
                claims.ReturnToInbox(claimed, name);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                IngestionLog.ClaimDeferred(logger, name, exception);
            }

            return null;
        }

        IngestionLog.Claimed(logger, name);
        return new InboxFile(name, claimed, this);
    }

    private void Rescan(DateTimeOffset now)
    {
        if (watcherFailed || watcher is null)
        {
            StartWatcher();
        }

        fileAccess.Execute(static claims => claims.RecoverStale(), claims);
        IngestionLog.Rescanned(logger, layout.Root, Scan(layout.Root, now));
    }

    private int Scan(string folder, DateTimeOffset now)
    {
        var entries = new FileSystemEnumerable<(string Path, long Length, DateTime LastWriteUtc)>(
            folder,
            static (ref FileSystemEntry entry) => InboxLayout.IsLink(ref entry)
                ? (entry.ToFullPath(), 0L, DateTime.MinValue)
                : (entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcDateTime),
            ScanOptions)
        {
            // A symbolic link (to a file or a folder) is a candidate of its own, refused when read; never followed.
            ShouldIncludePredicate = static (ref FileSystemEntry entry) =>
                (!entry.IsDirectory || InboxLayout.IsLink(ref entry)) && !InboxLayout.IsIgnoredFileName(entry.FileName),
            ShouldRecursePredicate = layout.ShouldRecurse,
        };

        var found = 0;
        try
        {
            foreach (var (path, length, lastWriteUtc) in entries)
            {
                if (layout.CandidateName(path) is { } name && pending.Observe(name, length, lastWriteUtc, now))
                {
                    found++;
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            // Moved away while being scanned.
        }

        return found;
    }

    /// <summary>Turns queued watcher events into pending files; true if a full rescan is needed.</summary>
    private bool DrainSignals(DateTimeOffset now)
    {
        var rescan = false;
        while (signals.Reader.TryRead(out var signal))
        {
            if (signal.Path is null)
            {
                rescan = true;
                continue;
            }

            if (layout.CandidateName(signal.Path) is not { } name || pending.Contains(name))
            {
                continue;
            }

            var entry = InboxEntry.At(signal.Path);
            if (entry.IsCandidate)
            {
                pending.Observe(name, entry.Length, entry.LastWriteUtc, now);
            }
            else if (signal.MayBeFolder && entry.IsDirectory && !layout.HasLinkedFolder(signal.Path))
            {
                // A folder created or moved in: files already inside raise no events of their own.
                Scan(signal.Path, now);
            }
        }

        return rescan;
    }

    private async Task WaitForSignalAsync(TimeSpan wait, CancellationToken ct)
    {
        if (wait <= TimeSpan.Zero || signals.Reader.TryPeek(out _))
        {
            return;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(wait, time, wake.Token);
        var signal = signals.Reader.WaitToReadAsync(wake.Token).AsTask();
        await Task.WhenAny(delay, signal);
        await wake.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    private void StartWatcher()
    {
        watcher?.Dispose();
        watcherFailed = false;
        Directory.CreateDirectory(layout.Root);
        var created = new FileSystemWatcher(layout.Root)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        created.Created += (_, e) => Signal(e.FullPath, mayBeFolder: true);
        created.Renamed += (_, e) => Signal(e.FullPath, mayBeFolder: true);
        created.Changed += (_, e) => Signal(e.FullPath, mayBeFolder: false);
        created.Error += (_, e) =>
        {
            // Overflow or a broken watch: events may be lost, so rescan (and rebuild the watcher) now.
            IngestionLog.WatcherFailed(logger, e.GetException());
            watcherFailed = true;
            signals.Writer.TryWrite(new WatcherSignal(null, MayBeFolder: false));
        };
        created.EnableRaisingEvents = true;
        watcher = created;
    }

    // Our own moves into the claim, processed and failed folders make as many events as new files do: drop them early.
    private void Signal(string path, bool mayBeFolder)
    {
        if (!layout.IsReserved(path))
        {
            signals.Writer.TryWrite(new WatcherSignal(path, mayBeFolder));
        }
    }
}
