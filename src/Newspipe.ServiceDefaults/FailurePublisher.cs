using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Publishes an <see cref="ArticleFailed"/> from a receive endpoint's error or dead-letter pipe, waiting at most
/// <see cref="Limit"/>: a publish left hanging by a broker restart (see <see cref="AttemptTimeLimitFilter"/>) would keep
/// the delivery, and with it the endpoint's consumer, from ever finishing. Given up, the message stays
/// unacknowledged and comes back; the failure store records a capture delivered twice once.
/// </summary>
internal static class FailurePublisher
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task PublishAsync(ReceiveContext context, ArticleFailed failed)
    {
        var endpoint = await context.PublishEndpointProvider.GetPublishSendEndpoint<ArticleFailed>()
            .WaitAsync(Limit, context.CancellationToken);
        await endpoint.Send(failed, context.CancellationToken).WaitAsync(Limit, context.CancellationToken);
    }
}
