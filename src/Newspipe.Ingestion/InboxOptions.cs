namespace Newspipe.Ingestion;

/// <summary>
/// Where Ingest picks up article files and what it does with them afterwards. Bound from <see cref="Section"/>.
/// </summary>
/// <remarks>
/// Reserved names inside <see cref="Path"/>, never scanned for new files:
/// <list type="bullet">
/// <item><c>processed/</c> (<see cref="ProcessedFolder"/>): completed files when <see cref="AfterProcessing"/> is Move, original subpaths kept.</item>
/// <item><c>failed/</c> (<see cref="FailedFolder"/>): failed files, each with a <c>&lt;name&gt;.error.json</c> sidecar.</item>
/// <item><c>.newspipe/</c> (<see cref="StateFolder"/>): <c>claims/&lt;owner&gt;/</c> holds the files each running instance is
/// working on, <c>kept/</c> the markers of files completed with Keep.</item>
/// <item>Any file or folder whose name starts with a dot, and temporary names (<c>*.tmp</c>, <c>*.part</c>, <c>*.crdownload</c>, <c>~$*</c>).</item>
/// </list>
/// </remarks>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    public const string ProcessedFolder = "processed";

    public const string FailedFolder = "failed";

    public const string StateFolder = ".newspipe";

    public string Path { get; set; } = "inbox";

    /// <summary>A file whose size and modification time stay unchanged this long is complete.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Safety net behind the file system watcher: a full rescan this often.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A settled file modified less than this long ago is taken only if no process has it open for writing (Linux), so
    /// a writer that pauses mid-file longer than <see cref="SettleTime"/> is waited for.
    /// </summary>
    public TimeSpan WriterCheckWindow { get; set; } = TimeSpan.FromMinutes(1);

    public ProcessedFileAction AfterProcessing { get; set; } = ProcessedFileAction.Move;

    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>A JSON file with more articles than this fails, asking to be split (each article is a message to settle).</summary>
    public int MaxArticlesPerFile { get; set; } = 5_000;

    /// <summary>
    /// Claims not renewed for this long belong to a dead instance and go back to the inbox (renewed every quarter of it).
    /// Instances sharing a folder across hosts need clocks in sync to well within this.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);
}
