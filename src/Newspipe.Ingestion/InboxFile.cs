namespace Newspipe.Ingestion;

/// <summary>
/// A file this instance has claimed: no other instance sees it until it is completed or failed, or this process
/// dies (then it goes back to the inbox and is processed again).
/// </summary>
public sealed class InboxFile
{
    private readonly Inbox inbox;
    private int finished;

    internal InboxFile(string name, string path, Inbox inbox)
    {
        Name = name;
        Path = path;
        this.inbox = inbox;
    }

    /// <summary>The original path inside the inbox, '/'-separated, e.g. "sub/a.html".</summary>
    public string Name { get; }

    /// <summary>Where the file's bytes are now (in this instance's claim folder).</summary>
    public string Path { get; }

    /// <summary>Done with the file: moved to processed/, kept or deleted, per <see cref="InboxOptions.AfterProcessing"/>.</summary>
    public Task CompleteAsync(CancellationToken ct = default)
    {
        Finish();
        return inbox.CompleteAsync(this, ct);
    }

    /// <summary>
    /// Moves the file to failed/ with a "&lt;name&gt;.error.json" sidecar holding the reason; returns where it went,
    /// relative to failed/ (null if the claim was lost meanwhile).
    /// </summary>
    public Task<string?> FailAsync(string reason, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Finish();
        return inbox.FailAsync(this, reason, ct);
    }

    /// <summary>
    /// Gives the file back unprocessed, for a failure that may pass (the broker unreachable): it goes back into the
    /// inbox under its name and is yielded again, here or by another instance, once settled.
    /// </summary>
    public Task ReleaseAsync(CancellationToken ct = default)
    {
        Finish();
        return inbox.ReleaseAsync(this, ct);
    }

    public override string ToString() => Name;

    private void Finish()
    {
        if (Interlocked.Exchange(ref finished, 1) == 1)
        {
            throw new InvalidOperationException($"{Name} was already completed, failed or released.");
        }
    }
}
