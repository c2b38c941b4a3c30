namespace Newspipe.Faults.Tests;

/// <summary>The distributed pipeline rides out a PostgreSQL outage: nothing lost, nothing stored twice, nothing failed.</summary>
[Collection(nameof(FaultCollection))]
[Trait("Category", "Fault")]
public sealed class PostgresOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_article_is_stored_once_when_PostgreSQL_stops_for_a_minute_mid_run()
    {
        var articles = FaultSettings.Articles(ciDefault: 300);
        await using var pipeline = await DistributedPipeline.CreateAsync();
        await pipeline.StartAllAsync();
        using var run = new ScenarioRun("postgres stopped 60 s", articles, pipeline.Inbox, pipeline.Tally, output);

        run.DropAll();
        var allStored = false;
        if (await run.StoredWithinAsync(articles / 3, FaultSettings.Patience(articles)))
        {
            try
            {
                await run.NoteAsync("stopping PostgreSQL");
                await PostgresCluster.StopAsync();
                await Task.Delay(Outage);
            }
            finally
            {
                await PostgresCluster.StartAsync();
            }

            await run.NoteAsync("PostgreSQL started again");

            allStored = await run.AllStoredWithinAsync(FaultSettings.Patience(articles));
        }

        await run.FinishAsync(allStored, pipeline.Describe);
    }
}
