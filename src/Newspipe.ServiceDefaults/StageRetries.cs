namespace Newspipe.ServiceDefaults;

/// <summary>One stage's messages in retry: how many, since when, and the latest reason.</summary>
public sealed record StageRetries(string Stage, int Messages, DateTimeOffset Since, string Reason);
