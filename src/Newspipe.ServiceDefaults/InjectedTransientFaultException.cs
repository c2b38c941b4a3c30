namespace Newspipe.ServiceDefaults;

/// <summary>A failure made on purpose by a transient drill (<see cref="FaultInjectionOptions.Transient"/>): retried as a time-out is.</summary>
public sealed class InjectedTransientFaultException(string message) : TimeoutException(message);
