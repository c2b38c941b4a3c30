using MassTransit;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// What every stage's receive endpoint does with a failure: transient ones are retried in place with exponential
/// backoff (the message stays unacknowledged at the broker, and the stage takes no new message beyond its concurrency
/// limit meanwhile); permanent ones, and transient ones that outlast the retries, become one <c>ArticleFailed</c>
/// for the failures store (<see cref="FailureCaptureFilter"/>), as do messages no consumer takes.
/// </summary>
public static class PipelineRetryExtensions
{
    /// <param name="endpoint">The consumer's receive endpoint.</param>
    /// <param name="options">Retry count, intervals and concurrency from <see cref="BusOptions"/>.</param>
    /// <param name="stage">The stage name failures are recorded under.</param>
    /// <param name="retries">Watches retries in progress, for health and the console.</param>
    public static void UsePipelineRetry(
        this IReceiveEndpointConfigurator endpoint, BusOptions options, string stage, RetryWatch retries)
    {
        endpoint.UseMessageRetry(retry =>
        {
            retry.Handle<Exception>(TransientFaults.IsRetryable);
            retry.Exponential(options.RetryLimit, options.RetryInterval, options.RetryMaxInterval, options.RetryInterval);
            retry.ConnectRetryObserver(retries.For(stage));
        });
        // Inside the retry: an attempt that hangs is given up and tried again.
        endpoint.UseFilter(new AttemptTimeLimitFilter(options.AttemptTimeLimit));
        if (options.ConcurrentMessageLimit > 0)
        {
            endpoint.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
        }
    }

    /// <summary>Failed and unconsumed messages become <c>ArticleFailed</c> instead of going to <c>_error</c> or <c>_skipped</c> queues.</summary>
    public static void UseFailureCapture(this IReceiveEndpointConfigurator endpoint, string stage, string queue)
    {
        // The ArticleFailed says it all; MassTransit's Fault<T> events would only pile up unread.
        endpoint.PublishFaults = false;
        endpoint.ConfigureError(error => error.UseFilter(new FailureCaptureFilter(stage, queue)));
        endpoint.ConfigureDeadLetter(deadLetter => deadLetter.UseFilter(new SkippedMessageFilter(stage, queue)));
    }
}
