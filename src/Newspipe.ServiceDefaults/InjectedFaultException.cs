namespace Newspipe.ServiceDefaults;

/// <summary>The permanent failure <see cref="FaultInjectionOptions"/> asks for.</summary>
public sealed class InjectedFaultException(string message) : Exception(message);
