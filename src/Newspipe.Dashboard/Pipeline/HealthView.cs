namespace Newspipe.Dashboard.Pipeline;

/// <summary>One health check of this process (database, bus, stage retries) as <c>/health</c> reports it.</summary>
public sealed record HealthView(string Name, string Status, string? Description);
