namespace Newspipe.Faults.Tests;

/// <summary>The distributed pipeline rides out a RabbitMQ restart: nothing lost, nothing stored twice, nothing failed.</summary>
[Collection(nameof(FaultCollection))]
[Trait("Category", "Fault")]
public sealed class BrokerRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(15);

    [Fact]
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

        // What rode the restart out: attempts given up on a hanging publish, bus restarts by the consumer watchdog.
        output.WriteLine(
            $"attempts given up: {pipeline.CountLines("Attempt time limit")}; bus restarts by the watchdog: {pipeline.CountLines("restarting the bus")}");
        await run.FinishAsync(allStored, pipeline.Describe);
    }
}
