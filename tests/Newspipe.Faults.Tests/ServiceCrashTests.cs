namespace Newspipe.Faults.Tests;

/// <summary>
/// Each stage service SIGKILLed mid-run and started again, one after the other: what it held unacknowledged is
/// redelivered, what it had done is not done twice.
/// </summary>
[Collection(nameof(FaultCollection))]
[Trait("Category", "Fault")]
public sealed class ServiceCrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Every_article_is_stored_once_when_each_service_is_killed_and_restarted_mid_run()
    {
        var articles = FaultSettings.Articles(ciDefault: 200);
        await using var pipeline = await DistributedPipeline.CreateAsync();
        await pipeline.StartAllAsync();
        using var run = new ScenarioRun("each service SIGKILLed", articles, pipeline.Inbox, pipeline.Tally, output);
        var patience = FaultSettings.Patience(articles);

        run.DropAll();
        // Ingest while files still wait in the inbox; then each later stage at a later point of the run.
        var reached = await Eventually.HoldsWithinAsync(
            () => Task.FromResult(Directory.GetFiles(pipeline.Inbox).Length <= articles * 2 / 3), patience);
        reached = reached && await CrashAsync(pipeline, run, "Ingest");
        var stage = 1;
        foreach (var later in new[] { "Clean", "Enrich", "Store" })
        {
            reached = reached && await run.StoredWithinAsync(articles * stage++ / 4, patience) && await CrashAsync(pipeline, run, later);
        }

        var allStored = reached && await run.AllStoredWithinAsync(patience);
        await run.FinishAsync(allStored, pipeline.Describe);
    }

    private static async Task<bool> CrashAsync(DistributedPipeline pipeline, ScenarioRun run, string stage)
    {
        await run.NoteAsync($"SIGKILL {stage}");
        await pipeline.KillAsync(stage);
        await Task.Delay(Down);
        await run.NoteAsync($"starting {stage} again");
        var restarted = pipeline.Start(stage);
        return await Eventually.HoldsWithinAsync(
            () => Task.FromResult(restarted.BusStarted || restarted.HasExited), TimeSpan.FromMinutes(2)) && !restarted.HasExited;
    }
}
