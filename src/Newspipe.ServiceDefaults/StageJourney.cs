using System.Diagnostics;
using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Appends this process's hop to an article's journey (docs/contracts.md): the part of the waterfall a stage adds to
/// the message it passes on. The times come from the message envelope and the telemetry filter, not the consumer.
/// </summary>
public static class StageJourney
{
    /// <summary>The journey received, plus this stage's hop, finished now.</summary>
    public static IReadOnlyList<StageHop> WithHop(this ConsumeContext context, IReadOnlyList<StageHop>? journey, string stage)
    {
        var now = DateTimeOffset.UtcNow;
        var visit = StageVisit.Current;
        var hop = Hop(
            stage,
            sentAt: context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null,
            startedAt: visit?.StartedAt ?? now,
            finishedAt: now,
            attempts: context.GetRetryAttempt() + context.GetRedeliveryCount() + 1);
        return [.. journey ?? [], hop];
    }

    /// <summary>A hop by this process, under the current trace.</summary>
    public static StageHop Hop(string stage, DateTimeOffset? sentAt, DateTimeOffset startedAt, DateTimeOffset finishedAt, int attempts) => new()
    {
        Stage = stage,
        Host = Environment.MachineName,
        Pid = Environment.ProcessId,
        SentAt = sentAt,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        Attempts = attempts,
        TraceId = Activity.Current?.TraceId.ToHexString(),
    };
}
