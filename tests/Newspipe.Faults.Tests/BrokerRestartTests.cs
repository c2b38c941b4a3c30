namespace Newspipe.Faults.Tests;

/// <summary>The distributed pipeline rides out a RabbitMQ restart: nothing lost, nothing stored twice, nothing failed.</summary>
[Collection(nameof(FaultCollection))]
[Trait("Category", "Fault")]
public sealed class BrokerRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(15);

    // Known open problem (issue #8): a RabbitMQ restart while Store has a message in flight can leave the store-article
    // endpoint without a consumer (MassTransit 8.5.12 still reports the bus Healthy); nothing is lost, the articles
    // wait in the durable queue until Store restarts. Seen in 1 of 4 runs at 200 articles and 2 of 3 at 1,000. Run it
    // with scripts/faults.sh (NEWSPIPE_FAULT_BROKER=1) until the endpoint watchdog lands.
    [SkippableBrokerFact]
    public async Task Every_article_is_stored_once_when_RabbitMQ_restarts_mid_run()
    {
        var articles = FaultSettings.Articles(ciDefault: 200);
        await using var pipeline = await DistributedPipeline.CreateAsync();
        await pipeline.StartAllAsync();
        using var run = new ScenarioRun("rabbitmq restarted", articles, pipeline.Inbox, pipeline.Tally, output);

        run.DropAll();
        var allStored = false;
        if (await run.StoredWithinAsync(articles / 3, FaultSettings.Patience(articles)))
        {
            try
            {
                await run.NoteAsync("stopping RabbitMQ");
                await RabbitMqBroker.StopAsync();
                await Task.Delay(Outage);
            }
            finally
            {
                await RabbitMqBroker.StartAsync();
            }

            await run.NoteAsync("RabbitMQ started again");

            allStored = await run.AllStoredWithinAsync(FaultSettings.Patience(articles));
        }

        await run.FinishAsync(allStored, pipeline.Describe);
    }
}
