using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;

namespace Newspipe.Storage;

/// <summary>Unhealthy while the database circuit is open (the database is away), degraded while it is being tried again.</summary>
internal sealed class DatabaseHealthCheck(DatabaseResilience database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.State switch
        {
            CircuitState.Closed => HealthCheckResult.Healthy("the database answers"),
            CircuitState.HalfOpen => HealthCheckResult.Degraded("the database failed recently; trying it again"),
            _ => HealthCheckResult.Unhealthy("the database is unavailable: calls fail fast until it answers again"),
        });
}
