namespace Newspipe.ServiceDefaults;

/// <summary>
/// The queue in front of a stage: messages waiting, consumers attached (null when the transport cannot say), when the
/// oldest waiting message was sent (null when none waits or the transport cannot say; <paramref name="AgeUnknown"/>
/// then says why), and why the figures are missing when the broker could not be asked.
/// </summary>
public sealed record QueueFigures(
    string Queue,
    string Stage,
    long? Depth,
    int? Consumers,
    DateTimeOffset? OldestSentAt,
    string? AgeUnknown,
    string? Problem);
