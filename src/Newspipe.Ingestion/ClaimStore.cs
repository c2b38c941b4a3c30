using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;

namespace Newspipe.Ingestion;

/// <summary>
/// The files one <see cref="Inbox"/> instance is working on, in ".newspipe/claims/&lt;owner&gt;/files/&lt;name&gt;".
/// A claim is a rename out of the inbox, so of several instances racing for a file exactly one gets it.
/// The owner renews a lease (the modification time of "owner.json"); the files of an owner that stopped renewing,
/// or whose process is gone from this host, are returned to the inbox by whichever instance notices first.
/// </summary>
internal sealed class ClaimStore : IDisposable
{
    private const string OwnerFile = "owner.json";

    // Several instances may share one process (tests, or a host running two inboxes): none of them is stale while it lives.
    private static readonly ConcurrentDictionary<string, byte> LiveOwners = new(StringComparer.Ordinal);

    private static readonly EnumerationOptions AllFiles = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
    };

    private readonly InboxLayout layout;
    private readonly TimeSpan lease;
    private readonly ILogger logger;
    private readonly ResiliencePipeline fileAccess;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, byte> held = new(StringComparer.Ordinal);
    private ITimer? renewal;

    public ClaimStore(InboxLayout layout, TimeSpan lease, ILogger logger, ResiliencePipeline fileAccess, TimeProvider time)
    {
        this.layout = layout;
        this.lease = lease;
        this.logger = logger;
        this.fileAccess = fileAccess;
        this.time = time;
        Owner = $"{SafeHostName()}-{Environment.ProcessId}-{Guid.NewGuid():N}";
        OwnerFolder = Path.Combine(layout.Claims, Owner);
        ClaimedFiles = Path.Combine(OwnerFolder, "files");
    }

    public string Owner { get; }

    private string OwnerFolder { get; }

    private string ClaimedFiles { get; }

    public void Start()
    {
        CreateOwnerFolder();
        LiveOwners[Owner] = 0;
        var period = lease / 4;
        renewal = time.CreateTimer(_ => RenewLease(), null, period, period);
    }

    /// <summary>Moves the file into this owner's folder; null when another instance (or the user) moved it first.</summary>
    public string? TryClaim(string sourcePath, string name)
    {
        var target = ReserveClaimPath(name);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);

            // rename(2): atomic, and the target is ours alone; it fails for every loser. A symbolic link is moved as
            // the link itself, never what it points to.
            if (!NoReplaceMove.TryMove(sourcePath, target))
            {
                Release(target);
                return null;
            }

            return target;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            Release(target);
            return null;
        }
        catch
        {
            Release(target);
            throw;
        }
    }

    /// <summary>Puts a claimed file back into the inbox under its name (suffixed if that is taken meanwhile).</summary>
    public void ReturnToInbox(string claimedPath, string name)
    {
        fileAccess.Execute(
            static state => InboxLayout.MoveToFreePath(state.claimedPath, InboxLayout.Under(state.Root, state.name)),
            (claimedPath, name, layout.Root));
        Release(claimedPath);
    }

    public void Release(string claimedPath) => held.TryRemove(claimedPath, out _);

    /// <summary>Returns to the inbox the files of owners that are gone; each stale owner folder is adopted by one instance.</summary>
    public void RecoverStale()
    {
        if (!Directory.Exists(layout.Claims))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(layout.Claims))
        {
            var owner = Path.GetFileName(folder);
            if (owner == Owner || !IsStale(folder))
            {
                continue;
            }

            // Moving the whole folder under our own (leased) one is atomic: one instance wins, and if it dies
            // before finishing, its own folder turns stale and the adopted files are returned by the next one.
            var adopted = Path.Combine(OwnerFolder, "adopted", owner);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(adopted)!);
                Directory.Move(folder, adopted);
            }
            catch (IOException)
            {
                continue;
            }

            IngestionLog.StaleClaimsReturned(logger, ReturnAll(adopted), owner);
        }
    }

    /// <summary>Stops renewing and returns unfinished claims to the inbox, so another instance can take them now.</summary>
    public void Dispose()
    {
        renewal?.Dispose();
        if (renewal is null)
        {
            return;
        }

        try
        {
            if (Directory.Exists(OwnerFolder))
            {
                ReturnAll(OwnerFolder);
            }
        }
        finally
        {
            LiveOwners.TryRemove(Owner, out _);
        }
    }

    private string ReserveClaimPath(string name)
    {
        var path = InboxLayout.Under(ClaimedFiles, name);

        // The same name can be claimed again while the first one is still being processed.
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? path : InboxLayout.Suffixed(path, n);
            if (held.TryAdd(candidate, 0))
            {
                if (!InboxEntry.At(candidate).Exists)
                {
                    return candidate;
                }

                held.TryRemove(candidate, out _);
            }
        }
    }

    private int ReturnAll(string ownerFolder)
    {
        var count = 0;
        var claimed = Path.Combine(ownerFolder, "files");
        if (Directory.Exists(claimed))
        {
            foreach (var file in Directory.GetFiles(claimed, "*", AllFiles))
            {
                ReturnToInbox(file, Path.GetRelativePath(claimed, file).Replace(Path.DirectorySeparatorChar, '/'));
                count++;
            }
        }

        var adopted = Path.Combine(ownerFolder, "adopted");
        if (Directory.Exists(adopted))
        {
            foreach (var folder in Directory.GetDirectories(adopted))
            {
                count += ReturnAll(folder);
            }
        }

        Directory.Delete(ownerFolder, recursive: true);
        return count;
    }

    private bool IsStale(string folder)
    {
        var recordPath = Path.Combine(folder, OwnerFile);
        OwnerRecord? record = null;
        DateTime renewed;
        try
        {
            if (File.Exists(recordPath))
            {
                renewed = File.GetLastWriteTimeUtc(recordPath);
                record = JsonSerializer.Deserialize<OwnerRecord>(File.ReadAllText(recordPath));
            }
            else
            {
                // An owner creates its folder and record together; a folder alone ages from its own time.
                renewed = Directory.GetLastWriteTimeUtc(folder);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }

        if (time.GetUtcNow().UtcDateTime - renewed > lease)
        {
            return true;
        }

        if (record is null || record.Host != SafeHostName())
        {
            return false;
        }

        // On this host a crash shows at once: the process is gone, or its id now belongs to a later process
        // (pid 1 in a restarted container), or to this process but no live instance in it.
        return record.ProcessId == Environment.ProcessId
            ? !LiveOwners.ContainsKey(record.Owner)
            : !IsRunning(record.ProcessId, record.ProcessStartUtc);
    }

    private static bool IsRunning(int processId, DateTime startedUtc)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return Math.Abs((process.StartTime.ToUniversalTime() - startedUtc).TotalSeconds) < 2;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
        catch (Exception exception) when (exception is Win32Exception or NotSupportedException)
        {
            // Cannot tell: leave it to the lease.
            return true;
        }
    }

    private void CreateOwnerFolder()
    {
        Directory.CreateDirectory(ClaimedFiles);
        using var self = Process.GetCurrentProcess();
        var record = new OwnerRecord(Owner, SafeHostName(), Environment.ProcessId, self.StartTime.ToUniversalTime());
        File.WriteAllText(Path.Combine(OwnerFolder, OwnerFile), JsonSerializer.Serialize(record));
    }

    private void RenewLease()
    {
        try
        {
            File.SetLastWriteTimeUtc(Path.Combine(OwnerFolder, OwnerFile), time.GetUtcNow().UtcDateTime);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Our folder was adopted as stale (this process stalled past the lease): its files are back in the
            // inbox and will be processed again. Start a fresh folder for the claims to come.
            IngestionLog.LeaseRenewalFailed(logger, Owner, exception);
            try
            {
                CreateOwnerFolder();
            }
            catch (Exception retry) when (retry is IOException or UnauthorizedAccessException)
            {
                IngestionLog.LeaseRenewalFailed(logger, Owner, retry);
            }
        }
    }

    /// <summary>This host's name as it appears in owner folder names and records.</summary>
    internal static string SafeHostName() =>
        string.Concat(Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c : '_'));
}
