using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Dashboard.Pipeline;

/// <summary>
/// Gathers the pipeline view: stage throughput from the store's timestamps (every process sees the same), queue
/// figures from the transport (<see cref="IQueueGauge"/>: RabbitMQ's passive declare, or the embedded host's counts),
/// in-flight and retry figures from this process's stages, and this process's health checks. What a host lacks (a
/// dashboard with no bus) is left out, not guessed.
/// </summary>
public sealed class PipelineReader(
    IDbContextFactory<NewspipeDbContext> contexts,
    ArticleStore articles,
    FailureStore failures,
    IServiceProvider services,
    TimeProvider time)
{
    public static readonly IReadOnlyList<string> Stages = ["ingest", "clean", "enrich", "store"];

    private const int LatestCount = 10;

    public async Task<PipelineView> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var health = await HealthAsync(cancellationToken);
        var (processed, failed) = await LastMinuteAsync(now.UtcDateTime.AddMinutes(-1), cancellationToken);
        var queues = services.GetService<IQueueGauge>() is { } gauge ? await gauge.ReadAsync(cancellationToken) : [];
        var counters = services.GetService<StageCounters>();
        var retrying = services.GetService<RetryWatch>()?.Snapshot() ?? [];

        var stages = Stages.Select(stage =>
        {
            var queue = queues.FirstOrDefault(q => q.Stage == stage) is { } q ? QueueViewOf(q, now) : null;
            var local = counters is not null && counters.Knows(stage) ? counters[stage] : null;
            var retries = retrying.FirstOrDefault(r => r.Stage == stage);
            var view = new StageView(
                stage,
                processed.GetValueOrDefault(stage),
                failed.GetValueOrDefault(stage),
                local?.InFlight,
                local is null ? null : retries?.Messages ?? 0,
                queue,
                []);
            return view with { Stalls = Stalls(view, retries) };
        }).ToList();
        if (queues.FirstOrDefault(q => q.Stage == "failures") is { Consumers: 0 } recorder)
        {
            stages[^1] = stages[^1] with { Stalls = [.. stages[^1].Stalls, $"no consumer on {recorder.Queue}: failures are not recorded"] };
        }

        return new PipelineView(now, stages, await TotalsAsync(cancellationToken), health, await LatestAsync(cancellationToken));
    }

    private static QueueView QueueViewOf(QueueFigures queue, DateTimeOffset now) => new(
        queue.Queue,
        queue.Depth,
        queue.Consumers,
        queue.OldestSentAt is { } sentAt ? Math.Round(Math.Max(0, (now - sentAt).TotalSeconds), 1) : null,
        queue.AgeUnknown,
        queue.Problem);

    private static IReadOnlyList<string> Stalls(StageView stage, StageRetries? retries)
    {
        var stalls = new List<string>();
        if (stage.Queue is { Problem: { } problem })
        {
            stalls.Add(problem);
        }
        else if (stage.Queue is { Consumers: 0 } queue)
        {
            stalls.Add($"no consumer on {queue.Name}");
        }

        if (stage.Queue is { Depth: > 0 } waiting && stage.ProcessedPerMinute == 0 && stage.InFlight is null or 0)
        {
            stalls.Add($"{waiting.Depth} waiting, none done in the last minute");
        }

        if (retries is not null)
        {
            stalls.Add($"retrying {retries.Messages} message(s) since {retries.Since:HH:mm:ss}: {retries.Reason}");
        }

        return stalls;
    }

    private async Task<(Dictionary<string, int> Processed, Dictionary<string, int> Failed)> LastMinuteAsync(
        DateTime since, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var processed = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["ingest"] = await db.Articles.CountAsync(a => a.IngestedAt >= since, cancellationToken),
                ["clean"] = await db.Articles.CountAsync(a => a.CleanedAt >= since, cancellationToken),
                ["enrich"] = await db.Articles.CountAsync(a => a.EnrichedAt >= since, cancellationToken),
                ["store"] = await db.Articles.CountAsync(a => a.StoredAt >= since, cancellationToken),
            };
            var failed = await db.Failures.AsNoTracking()
                .Where(f => f.LastFailedAt >= since)
                .GroupBy(f => f.Stage)
                .Select(g => new { Stage = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Stage, g => g.Count, cancellationToken);
            return (processed, failed);
        }
        catch (Exception exception) when (IsDatabaseDown(exception))
        {
            return ([], []);
        }
    }

    private async Task<PipelineTotals> TotalsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return new PipelineTotals(
                await articles.CountAsync(cancellationToken),
                await failures.CountAsync(new FailureQuery(), cancellationToken));
        }
        catch (Exception exception) when (IsDatabaseDown(exception))
        {
            return new PipelineTotals(0, 0);
        }
    }

    private async Task<IReadOnlyList<ArticleSummary>> LatestAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await articles.ListAsync(LatestCount, cancellationToken);
        }
        catch (Exception exception) when (IsDatabaseDown(exception))
        {
            return [];
        }
    }

    // The database health check names the fault; the figures it would have given are shown as zero meanwhile.
    private static bool IsDatabaseDown(Exception exception) =>
        exception is System.Data.Common.DbException or StoreUnavailableException or TimeoutException or System.Net.Sockets.SocketException
        || (exception.InnerException is { } inner && IsDatabaseDown(inner));

    private async Task<IReadOnlyList<HealthView>> HealthAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<HealthCheckService>() is not { } checks)
        {
            return [];
        }

        var report = await checks.CheckHealthAsync(check => !check.Tags.Contains("live"), cancellationToken);
        return report.Entries
            .Select(e => new HealthView(e.Key, e.Value.Status.ToString(), e.Value.Description ?? e.Value.Exception?.Message))
            .ToList();
    }
}
