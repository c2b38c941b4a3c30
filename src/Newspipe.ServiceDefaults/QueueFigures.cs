namespace Newspipe.ServiceDefaults;

/// <summary>
/// The queue in front of a stage: messages waiting, consumers attached (null when the transport cannot say), and why
/// the figures are missing when the broker could not be asked.
/// </summary>
public sealed record QueueFigures(string Queue, string Stage, long? Depth, int? Consumers, string? Problem);
