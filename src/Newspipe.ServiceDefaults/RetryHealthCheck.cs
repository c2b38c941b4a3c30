using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Degraded while a stage keeps retrying messages (a dependency is away and the stage has stopped moving), so
/// <c>/health</c> does not say Healthy while nothing is processed.
/// </summary>
internal sealed class RetryHealthCheck(RetryWatch watch, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var stuck = watch.Snapshot().Where(s => now - s.Since >= Grace).ToList();
        if (stuck.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("no stage is retrying"));
        }

        var description = string.Join("; ", stuck.Select(s =>
            $"{s.Stage} retrying {s.Messages} message(s) for {(now - s.Since).TotalSeconds:0} s: {s.Reason}"));
        return Task.FromResult(HealthCheckResult.Degraded(description));
    }
}
