using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Newspipe.ServiceDefaults;

/// <summary>Unhealthy while a queue this process consumes has no consumer on the broker: the stage has stopped taking work.</summary>
internal sealed class ConsumerHealthCheck(ConsumerWatchdog watchdog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stalled = watchdog.Stalled;
        return Task.FromResult(stalled.Count == 0
            ? HealthCheckResult.Healthy("every queue of this process has a consumer")
            : HealthCheckResult.Unhealthy(string.Join("; ", stalled.Select(q =>
                $"{q.Queue} has had no consumer for {q.For.TotalSeconds:0} s ({q.Messages} waiting)"))));
    }
}
