namespace Newspipe.ServiceDefaults;

/// <summary>A queue as the broker sees it at one moment: messages waiting and consumers attached.</summary>
public sealed record QueueState(string Queue, uint Messages, uint Consumers);
