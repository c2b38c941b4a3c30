namespace Newspipe.ServiceDefaults;

/// <summary>An article's stage logic outran its time limit: a permanent failure, recorded and not retried.</summary>
public sealed class StageTimeLimitException(string message) : Exception(message);
