using System.Diagnostics;
using MassTransit;
using Newspipe.Clean;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;
using Newspipe.Testing;

namespace Newspipe.Pipeline.Tests;

/// <summary>
/// The stage telemetry filter on a stage's endpoint: the counts the pipeline view shows, and the hop the stage
/// appends to the article's journey, with no telemetry code in the consumer.
/// </summary>
public sealed class StageTelemetryTests
{
    [Fact]
    public async Task A_cleaned_article_carries_the_journey_it_came_with_plus_Cleans_hop_and_the_stage_is_counted()
    {
        // What OpenTelemetry does in the services: listen, so the stage's span (and its trace id) exists.
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is PipelineTelemetry.SourceName or "MassTransit",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = await StageHost.StartAsync(b => b.AddCleanStage(), bus => bus.AddCleanConsumers());
        var sentAt = DateTimeOffset.UtcNow;
        var ingestHop = StageJourney.Hop("ingest", sentAt: null, sentAt.AddMilliseconds(-5), sentAt, attempts: 1);
        var ingested = Messages.Ingested(File.ReadAllText(GoldenSeeds.SeedPath(Messages.Seed))) with { Journey = [ingestHop] };

        await host.Harness.Bus.Publish(ingested);

        Assert.True(await host.Harness.Published.Any<ArticleCleaned>());
        var journey = host.Harness.Published.Select<ArticleCleaned>().Single().Context.Message.Journey!;
        Assert.Equal(["ingest", "clean"], journey.Select(h => h.Stage));
        Assert.Equal(ingestHop, journey[0]);
        var clean = journey[1];
        Assert.Equal((Environment.MachineName, Environment.ProcessId, 1), (clean.Host, clean.Pid, clean.Attempts));
        Assert.NotNull(clean.SentAt);
        Assert.True(clean.SentAt <= clean.StartedAt && clean.StartedAt < clean.FinishedAt, $"{clean.SentAt:O} {clean.StartedAt:O} {clean.FinishedAt:O}");
        Assert.Matches("^[0-9a-f]{32}$", clean.TraceId);
        var count = host.Get<StageCounters>()["clean"];
        await Poll.UntilAsync(() => count.Done == 1);
        Assert.Equal((1, 0, 0, 0), (count.Taken, count.InFlight, count.FailedAttempts, count.Retries));
    }

    [Fact]
    public async Task A_transient_fault_is_retried_and_the_hop_and_the_counts_say_two_attempts()
    {
        await using var host = await StageHost.StartAsync(_ => { }, bus => bus.AddConsumer<FlakyCleanConsumer, FlakyCleanConsumerDefinition>());

        await host.Harness.Bus.Publish(Messages.Ingested("Some text."));

        Assert.True(await host.Harness.Published.Any<ArticleCleaned>());
        var hop = Assert.Single(host.Harness.Published.Select<ArticleCleaned>().Single().Context.Message.Journey!);
        Assert.Equal(2, hop.Attempts);
        var count = host.Get<StageCounters>()["clean"];
        await Poll.UntilAsync(() => count.Done == 1);
        Assert.Equal((1, 1, 1, 0), (count.Taken, count.Retries, count.FailedAttempts, count.InFlight));
    }
}
