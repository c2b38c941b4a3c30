namespace Newspipe.ServiceDefaults;

/// <summary>One attempt at a message outlasted <c>Bus:AttemptTimeLimit</c>: a transient failure, retried with backoff.</summary>
public sealed class StageAttemptTimeoutException(string message) : TimeoutException(message);
