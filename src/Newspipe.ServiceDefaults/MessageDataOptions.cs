using System.ComponentModel.DataAnnotations;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Claim check (section <c>MessageData</c>): article bodies over <see cref="ThresholdBytes"/> travel as an address into
/// a folder every stage can read (a shared volume in the distributed form), not inside the message.
/// </summary>
public sealed class MessageDataOptions
{
    public const string Section = "MessageData";

    public string Path { get; set; } = ".newspipe/message-data";

    [Range(1, int.MaxValue)]
    public int ThresholdBytes { get; set; } = 256 * 1024;
}
