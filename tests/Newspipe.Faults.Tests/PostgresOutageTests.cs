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
        IReadOnlyDictionary<string, IReadOnlySet<string>> during = new Dictionary<string, IReadOnlySet<string>>();
        if (await run.StoredWithinAsync(articles / 3, FaultSettings.Patience(articles)))
        {
            // The stages that use the database must say so on /health while it is away.
            var health = new HealthWatch([pipeline.Running("Enrich"), pipeline.Running("Store")]);
            try
            {
                await run.NoteAsync("stopping PostgreSQL");
                await PostgresCluster.StopAsync();
                await Task.Delay(Outage);
            }
            finally
            {
                await PostgresCluster.StartAsync();
                during = health.Seen;
                await health.DisposeAsync();
            }

            await run.NoteAsync("PostgreSQL started again");

            allStored = await run.AllStoredWithinAsync(FaultSettings.Patience(articles));
        }

        var describe = () => $"/health during the outage: {Describe(during)}\n{pipeline.Describe()}";
        output.WriteLine($"/health during the outage: {Describe(during)}");
        await run.FinishAsync(allStored, describe);
        Assert.All(["Enrich", "Store"], stage =>
            Assert.True(during.TryGetValue(stage, out var answers) && answers.Overlaps(["Degraded", "Unhealthy"]), describe()));
        await Eventually.HoldsWithinAsync(async () => await HealthWatch.AskAsync(pipeline.Running("Store")) == "Healthy", TimeSpan.FromSeconds(30));
        Assert.Equal("Healthy", await HealthWatch.AskAsync(pipeline.Running("Store")));
        Assert.Equal("Healthy", await HealthWatch.AskAsync(pipeline.Running("Enrich")));
    }

    private static string Describe(IReadOnlyDictionary<string, IReadOnlySet<string>> answers) =>
        string.Join("; ", answers.Select(a => $"{a.Key}: {string.Join(", ", a.Value.Order())}"));
}
