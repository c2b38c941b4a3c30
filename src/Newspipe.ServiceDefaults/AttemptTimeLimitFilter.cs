using MassTransit;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Gives up waiting on one attempt at a message after <c>Bus:AttemptTimeLimit</c>, so the retry policy can try
/// again. After a RabbitMQ restart, a publish from inside a consumer can wait forever in MassTransit 8.5 (its one-time
/// topology setup on the dead channel never completes, and takes no cancellation); the delivery then never finishes,
/// and MassTransit cannot restart the endpoint's consumer until it does: the stage would sit with no consumer while
/// its queue fills. The abandoned attempt is left to finish or fail by itself; every stage is idempotent per article,
/// so a late finish stores nothing twice.
/// </summary>
public sealed class AttemptTimeLimitFilter(TimeSpan limit) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        var attempt = next.Send(context);
        try
        {
            await attempt.WaitAsync(limit, context.CancellationToken);
        }
        catch (TimeoutException) when (!attempt.IsCompleted)
        {
            // Only the wait ran out; a time-out the attempt itself threw (a database command's) passes on unchanged.
            LogContext.Warning?.Log(
                "Attempt time limit: message {MessageId} on {InputAddress} took over {Seconds} s; given up and tried again",
                context.MessageId, context.ReceiveContext.InputAddress, limit.TotalSeconds);
            throw new StageAttemptTimeoutException(
                $"one attempt took longer than {limit.TotalSeconds:0.#} s (Bus:AttemptTimeLimit); it is tried again");
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("attemptTimeLimit").Add("limit", limit);
}
