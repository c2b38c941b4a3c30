using MassTransit;

namespace Newspipe.ServiceDefaults;

/// <summary>The retry every consumer definition applies: a few quick retries, then the error queue and a Fault.</summary>
public static class PipelineRetryExtensions
{
    /// <param name="endpoint">The consumer's receive endpoint.</param>
    /// <param name="options">Retry count, interval and concurrency from <see cref="BusOptions"/>.</param>
    /// <param name="permanent">Marks exceptions that no retry can fix (<c>retry.Ignore&lt;T&gt;()</c>): they fault at once.</param>
    public static void UsePipelineRetry(
        this IReceiveEndpointConfigurator endpoint, BusOptions options, Action<IRetryConfigurator>? permanent = null)
    {
        endpoint.UseMessageRetry(retry =>
        {
            permanent?.Invoke(retry);
            retry.Incremental(options.RetryLimit, options.RetryInterval, options.RetryInterval);
        });
        if (options.ConcurrentMessageLimit > 0)
        {
            endpoint.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
        }
    }
}
