using System.ComponentModel.DataAnnotations;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Claim check (section <c>MessageData</c>): article bodies over <see cref="ThresholdBytes"/> travel as an address into
/// a folder every stage can read (a shared volume in the distributed form), not inside the message. Bodies older than
/// <see cref="TimeToLive"/> are swept away.
/// </summary>
public sealed class MessageDataOptions
{
    public const string Section = "MessageData";

    /// <summary>The folder; the embedded host puts it under its data folder.</summary>
    public string Path { get; set; } = ".newspipe/message-data";

    [Range(1, int.MaxValue)]
    public int ThresholdBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long a body is kept: long enough for its article to be cleaned, or its failure replayed; a replay after
    /// that fails with "body expired".
    /// </summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(7);
}
