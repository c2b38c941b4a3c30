namespace Newspipe.Storage;

/// <summary>Where a failure stands. Only <see cref="Unresolved"/> ones are listed by default.</summary>
public enum FailureStatus
{
    /// <summary>Waiting for a person: replay it once the cause is fixed, or archive it.</summary>
    Unresolved,

    /// <summary>Asked to be replayed; the running pipeline sends it again within a second or two.</summary>
    ReplayRequested,

    /// <summary>Sent again; it comes back as Unresolved (repeat count raised) if it fails again.</summary>
    Replayed,

    /// <summary>The article got stored after all.</summary>
    Resolved,

    /// <summary>Hidden on purpose, kept.</summary>
    Archived,
}
