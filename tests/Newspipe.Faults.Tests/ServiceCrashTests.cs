namespace Newspipe.Faults.Tests;

/// <summary>
/// Each stage service stopped mid-run and started again, one after the other: SIGKILLed (a crash: what it held
/// unacknowledged is redelivered, what it had done is not done twice) or SIGTERMed (a stop: it finishes or returns its
/// in-flight messages and exits within the host's shutdown time).
/// </summary>
[Collection(nameof(FaultCollection))]
[Trait("Category", "Fault")]
public sealed class ServiceCrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ShutdownLimit = TimeSpan.FromSeconds(45);

    [Theory]
    [InlineData("SIGKILL")]
    [InlineData("SIGTERM")]
    public async Task Every_article_is_stored_once_when_each_service_is_stopped_and_restarted_mid_run(string signal)
    {
        var articles = FaultSettings.Articles(ciDefault: 200);
        await using var pipeline = await DistributedPipeline.CreateAsync();
        await pipeline.StartAllAsync();
        using var run = new ScenarioRun($"each service {signal}ed", articles, pipeline.Inbox, pipeline.Tally, output);
        var patience = FaultSettings.Patience(articles);
        var stops = new List<string>();

        run.DropAll();
        // Ingest while files still wait in the inbox; then each later stage at a later point of the run.
        var reached = await Eventually.HoldsWithinAsync(
            () => Task.FromResult(Directory.GetFiles(pipeline.Inbox).Length <= articles * 2 / 3), patience);
        reached = reached && await StopAndStartAsync(pipeline, run, "Ingest", signal, stops);
        var stage = 1;
        foreach (var later in new[] { "Clean", "Enrich", "Store" })
        {
            reached = reached && await run.StoredWithinAsync(articles * stage++ / 4, patience)
                && await StopAndStartAsync(pipeline, run, later, signal, stops);
        }

        var allStored = reached && await run.AllStoredWithinAsync(patience);
        await run.FinishAsync(allStored, () => $"{string.Join("\n", stops)}\n{pipeline.Describe()}");
        Assert.True(stops.Count == 4, $"Not every stage was stopped and started again:\n{string.Join("\n", stops)}");
    }

    private static async Task<bool> StopAndStartAsync(
        DistributedPipeline pipeline, ScenarioRun run, string stage, string signal, List<string> stops)
    {
        await run.NoteAsync($"{signal} {stage}");
        if (signal == "SIGTERM")
        {
            var service = pipeline.Running(stage);
            var exited = await service.TerminateAsync(ShutdownLimit);
            stops.Add(exited
                ? $"{stage} exited {service.ExitCode} after SIGTERM"
                : $"{stage} did not exit within {ShutdownLimit.TotalSeconds:0} s of SIGTERM");
            if (!exited)
            {
                return false;
            }
        }
        else
        {
            await pipeline.KillAsync(stage);
            stops.Add($"{stage} killed");
        }

        await Task.Delay(Down);
        await run.NoteAsync($"starting {stage} again");
        var restarted = pipeline.Start(stage);
        return await Eventually.HoldsWithinAsync(
            () => Task.FromResult(restarted.BusStarted || restarted.HasExited), TimeSpan.FromMinutes(2)) && !restarted.HasExited;
    }
}
