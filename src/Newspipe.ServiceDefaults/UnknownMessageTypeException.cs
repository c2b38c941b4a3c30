namespace Newspipe.ServiceDefaults;

/// <summary>A message reached a stage's queue that no consumer there takes.</summary>
public sealed class UnknownMessageTypeException(string message) : Exception(message);
