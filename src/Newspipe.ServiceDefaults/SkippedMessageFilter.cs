using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// The dead-letter pipe of a stage's endpoint: a message no consumer on the queue takes (an unknown message type) is
/// recorded as a failure too, instead of sitting unseen in a <c>_skipped</c> queue.
/// </summary>
public sealed class SkippedMessageFilter(string stage, string queue) : IFilter<ReceiveContext>
{
    public async Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        var reason = new UnknownMessageTypeException(
            $"No consumer on queue {queue} takes this message (its types: {string.Join(", ", MessageTypes(context))})");
        var failed = FailureReport.Create(context, stage, queue, reason, attempts: 1);
        await FailurePublisher.PublishAsync(context, failed);
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("newspipe-skipped-capture");

    private static IEnumerable<string> MessageTypes(ReceiveContext context) =>
        context.TryGetPayload(out ConsumeContext? consume) && consume is not null
            ? consume.SupportedMessageTypes
            : ["unreadable"];
}
