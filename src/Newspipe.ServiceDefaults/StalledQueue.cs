namespace Newspipe.ServiceDefaults;

/// <summary>A queue this process consumes that has had no consumer on the broker for <see cref="For"/>.</summary>
public sealed record StalledQueue(string Queue, TimeSpan For, uint Messages);
