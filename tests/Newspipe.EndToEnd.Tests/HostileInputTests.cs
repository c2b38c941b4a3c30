using Newspipe.Storage;
using Newspipe.Testing;
using Xunit.Abstractions;

namespace Newspipe.EndToEnd.Tests;

/// <summary>
/// Every kind of bad file dropped into a running pipeline ends as a failure that names the file and the cause, or as
/// a correctly stored article, and a normal article dropped after all of them is stored within seconds.
/// </summary>
[Collection(nameof(DistributedCollection))]
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_embedded_pipeline_turns_every_hostile_input_into_a_clear_outcome_and_keeps_going()
    {
        await using var pipeline = EmbeddedProcess.Start(HostileInput.Settings);
        await Eventually.HoldsAsync(() => Task.FromResult(pipeline.Running), TimeSpan.FromMinutes(2), () => string.Join('\n', pipeline.Lines));
        await using var reader = await TestStore.OpenSqliteAsync(pipeline.Data);

        using var outside = new Decoys();
        var rows = await HostileInputRun.RunAsync(HostileInput.All(fileLevelOnly: false, outside.Folder), pipeline.Inbox, reader);
        var normal = await DropNormalAsync(pipeline.Inbox, reader, () => string.Join('\n', pipeline.Lines));
        var peak = pipeline.PeakMegabytes;

        var table = HostileInputRun.Table(
            $"Hostile input, embedded pipeline (a normal article afterwards stored in {normal:0.0} s; peak memory {peak:0} MB)", rows);
        output.WriteLine(table);
        HostileInputRun.Report("hostile-input-embedded", table);
        Assert.All(rows, row => Assert.True(row.AsExpected, table));
        outside.AssertUntouched();
        Assert.DoesNotContain(pipeline.Lines, line => line.StartsWith("stored    deadbeef", StringComparison.Ordinal));
        Assert.DoesNotContain(pipeline.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
        Assert.True(peak < 1000, $"peak memory {peak:0} MB");
    }

    [Fact]
    public async Task The_distributed_pipeline_turns_every_hostile_file_into_a_clear_outcome_and_keeps_going()
    {
        await using var pipeline = await DistributedPipeline.CreateAsync();
        pipeline.Start("Store");
        pipeline.Start("Enrich");
        pipeline.Start("Clean");
        pipeline.Start("Ingest", HostileInput.Settings);
        await using var reader = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);

        using var outside = new Decoys();
        var rows = await HostileInputRun.RunAsync(HostileInput.All(fileLevelOnly: true, outside.Folder), pipeline.Inbox, reader);
        var normal = await DropNormalAsync(pipeline.Inbox, reader, () => pipeline.Logs);

        var table = HostileInputRun.Table($"Hostile files, distributed pipeline (a normal article afterwards stored in {normal:0.0} s)", rows);
        output.WriteLine(table);
        HostileInputRun.Report("hostile-input-distributed", table);
        Assert.All(rows, row => Assert.True(row.AsExpected, table));
        outside.AssertUntouched();
    }

    private static async Task<double> DropNormalAsync(string inbox, TestStore reader, Func<string> explain)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await File.WriteAllTextAsync(Path.Combine(inbox, "normal.txt.part"), GeneratedArticles.Text(999));
        File.Move(Path.Combine(inbox, "normal.txt.part"), Path.Combine(inbox, "normal.txt"));
        await Eventually.HoldsAsync(
            async () => (await reader.Store.ListAsync(10_000, CancellationToken.None)).Any(a => a.SourceName == "normal.txt"), Seconds, explain);
        return clock.Elapsed.TotalSeconds;
    }
}
