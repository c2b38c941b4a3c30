using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// The error pipe of a stage's endpoint: a message the stage gave up on (whatever the reason, deserialization
/// included) is published as one <see cref="ArticleFailed"/>, which the failure recorder writes to the failures store.
/// Only once the broker confirmed that is the message acknowledged; if publishing fails, the message is not
/// acknowledged and comes back. A message that failed because the broker connection went away is not a failure at all:
/// it is left unacknowledged and delivered again.
/// </summary>
public sealed class FailureCaptureFilter(string stage, string queue) : IFilter<ExceptionReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        if (TransientFaults.IsBrokerLost(context.Exception))
        {
            // Not the article's fault: left unacknowledged, RabbitMQ delivers it again after the reconnect.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(context.Exception);
        }

        var failed = FailureReport.Create(context, stage, queue, context.Exception, Attempts(context));
        await FailurePublisher.PublishAsync(context, failed);
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("newspipe-failure-capture");

    private static int Attempts(ExceptionReceiveContext context)
    {
        if (context.TryGetPayload(out RetryContext? retry) && retry is not null)
        {
            return retry.RetryCount + 1;
        }

        return context.TryGetPayload(out ConsumeContext? consume) && consume is not null
            && consume.TryGetPayload(out ConsumeRetryContext? consumeRetry) && consumeRetry is not null
            ? consumeRetry.RetryCount + 1
            : 1;
    }
}
