using System.Collections.Concurrent;
using MassTransit;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Which messages each stage is retrying right now and why, so that health checks and the embedded console can say
/// "enrich is waiting for the database" instead of looking healthy while nothing moves.
/// </summary>
public sealed class RetryWatch(TimeProvider time)
{
    private readonly ConcurrentDictionary<object, RetryingMessage> retrying = new(ReferenceEqualityComparer.Instance);

    /// <summary>The observer to connect to one stage's retry policy.</summary>
    public IRetryObserver For(string stage) => new StageObserver(this, stage);

    /// <summary>Stages with messages in retry: how many, since when, and the latest reason.</summary>
    public IReadOnlyList<StageRetries> Snapshot() =>
        retrying.Values
            .GroupBy(m => m.Stage)
            .Select(g => new StageRetries(
                g.Key,
                g.Count(),
                g.Min(m => m.Since),
                g.MaxBy(m => m.LastFailedAt)!.Reason))
            .OrderBy(s => s.Stage, StringComparer.Ordinal)
            .ToList();

    private void Failed(string stage, object message, Exception? exception)
    {
        var now = time.GetUtcNow();
        var reason = exception is null ? "unknown error" : $"{exception.GetType().Name}: {FailureReport.Describe(exception)}";
        retrying.AddOrUpdate(
            message,
            _ => new RetryingMessage(stage, now, now, reason),
            (_, existing) => existing with { LastFailedAt = now, Reason = reason });
    }

    private void Done(object message) => retrying.TryRemove(message, out _);

    private sealed record RetryingMessage(string Stage, DateTimeOffset Since, DateTimeOffset LastFailedAt, string Reason);

    private sealed class StageObserver(RetryWatch watch, string stage) : IRetryObserver
    {
        public Task PostCreate<T>(RetryPolicyContext<T> context)
            where T : class, PipeContext => Task.CompletedTask;

        public Task PostFault<T>(RetryContext<T> context)
            where T : class, PipeContext
        {
            watch.Failed(stage, Delivery(context.Context), context.Exception);
            return Task.CompletedTask;
        }

        public Task PreRetry<T>(RetryContext<T> context)
            where T : class, PipeContext => Task.CompletedTask;

        public Task RetryFault<T>(RetryContext<T> context)
            where T : class, PipeContext
        {
            watch.Done(Delivery(context.Context));
            return Task.CompletedTask;
        }

        public Task RetryComplete<T>(RetryContext<T> context)
            where T : class, PipeContext
        {
            watch.Done(Delivery(context.Context));
            return Task.CompletedTask;
        }

        // Each attempt gets a context of its own; the delivery (the receive context) is the same for all of them.
        private static object Delivery(PipeContext context) => context is ConsumeContext consume ? consume.ReceiveContext : context;
    }
}
