namespace Newspipe.Dashboard.Pipeline;

/// <summary>
/// The queue in front of a stage: messages waiting, consumers attached (null when the transport cannot say), how long
/// the oldest waiting message has waited (seconds since it was sent; null when none waits or the transport cannot say,
/// and then <paramref name="AgeUnknown"/> says why), and what went wrong reading it. On RabbitMQ the age comes from the
/// management API, in whole seconds and refreshed by the broker every few seconds.
/// </summary>
public sealed record QueueView(string Name, long? Depth, int? Consumers, double? OldestAgeSeconds, string? AgeUnknown, string? Problem);
