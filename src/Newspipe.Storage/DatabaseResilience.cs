using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Newspipe.Storage;

/// <summary>
/// Every database call of the store goes through here: a few quick retries for a blip, inside a circuit breaker that,
/// once the database is clearly away, fails calls at once for a few seconds instead of letting every message wait
/// for its own time-out. What still fails for a transient reason leaves as <see cref="StoreUnavailableException"/>,
/// which the stages retry with backoff.
/// </summary>
public sealed class DatabaseResilience
{
    private readonly ResiliencePipeline pipeline;
    private readonly CircuitBreakerStateProvider circuit = new();

    public DatabaseResilience(ILoggerFactory loggers)
    {
        var transient = new PredicateBuilder().Handle<Exception>(DatabaseFaults.IsTransient);
        pipeline = new ResiliencePipelineBuilder { Name = "newspipe-database" }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = TimeSpan.FromSeconds(5),
                StateProvider = circuit,
            })
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .ConfigureTelemetry(loggers)
            .Build();
    }

    /// <summary>Closed when the database answers; Open or Isolated while calls fail fast.</summary>
    public CircuitState State => circuit.CircuitState;

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async token => await call(token), cancellationToken);
        }
        catch (BrokenCircuitException exception)
        {
            throw new StoreUnavailableException($"The database is unavailable: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is not StoreUnavailableException && DatabaseFaults.IsTransient(exception))
        {
            throw new StoreUnavailableException($"The database is unavailable: {exception.Message}", exception);
        }
    }

    public Task ExecuteAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        ExecuteAsync(
            async token =>
            {
                await call(token);
                return true;
            },
            cancellationToken);
}
