namespace Newspipe.Dashboard.Pipeline;

/// <summary>
/// The queue in front of a stage: messages waiting, consumers attached (null when the transport cannot say), and
/// what went wrong reading it. The age of the oldest message is not shown: AMQP does not tell it without taking the
/// message off the queue.
/// </summary>
public sealed record QueueView(string Name, long? Depth, int? Consumers, string? Problem);
