using System.Diagnostics;

namespace Newspipe.Faults.Tests;

/// <summary>
/// One fault scenario's articles and verdict: N generated articles dropped into an inbox, then every one stored exactly
/// once, every file gone from the inbox and no unresolved failure — printed as one row whatever the outcome.
/// </summary>
internal sealed class ScenarioRun : IDisposable
{
    private readonly string inbox;
    private readonly IStoreTally tally;
    private readonly ITestOutputHelper output;
    private readonly string staging = Directory.CreateTempSubdirectory("newspipe-fault-articles-").FullName;
    private readonly Stopwatch clock = new();

    public ScenarioRun(string scenario, int articles, string inbox, IStoreTally tally, ITestOutputHelper output)
    {
        Scenario = scenario;
        Articles = articles;
        this.inbox = inbox;
        this.tally = tally;
        this.output = output;
        ArticleGenerator.WriteTo(staging, articles);
    }

    public string Scenario { get; }

    public int Articles { get; }

    /// <summary>Drops every article into the inbox, each written aside and renamed in whole, and starts the clock.</summary>
    public void DropAll()
    {
        clock.Start();
        foreach (var file in Directory.GetFiles(staging).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(inbox, Path.GetFileName(file));
            File.Copy(file, target + ".part");
            File.Move(target + ".part", target);
        }
    }

    /// <summary>Prints what the scenario does now, with the time since the drop and what is stored so far.</summary>
    public async Task NoteAsync(string what)
    {
        string stored;
        try
        {
            stored = (await tally.StoredAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            stored = "?";
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  {what} (stored {stored}, waiting in the inbox {Directory.GetFiles(inbox).Length})");
    }

    /// <summary>Waits until at least <paramref name="stored"/> articles are stored.</summary>
    public Task<bool> StoredWithinAsync(int stored, TimeSpan timeout) =>
        Eventually.HoldsWithinAsync(async () => await tally.StoredAsync() >= stored, timeout);

    /// <summary>Waits until every article is stored and the inbox holds none of them.</summary>
    public Task<bool> AllStoredWithinAsync(TimeSpan timeout) =>
        Eventually.HoldsWithinAsync(async () => InboxLeftovers().Count == 0 && await tally.StoredAsync() >= Articles, timeout);

    /// <summary>Counts, prints the row, records it, and fails unless every article was stored exactly once.</summary>
    public async Task FinishAsync(bool allStored, Func<string> logs)
    {
        clock.Stop();
        if (allStored)
        {
            // A late redelivery would show as a duplicate or a failure a moment later.
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        var counts = await CountAsync();
        var leftovers = InboxLeftovers();
        var passed = allStored && counts == new StoreCounts(Articles, 0, 0) && leftovers.Count == 0;
        var result = new ScenarioResult(Scenario, Articles, counts, clock.Elapsed.TotalSeconds, passed);
        output.WriteLine(ScenarioResult.Header);
        output.WriteLine(result.Row);
        if (FaultSettings.ResultsFile is { } resultsFile)
        {
            result.AppendTo(resultsFile);
        }

        Assert.True(
            passed,
            $"{ScenarioResult.Header}\n{result.Row}\n" +
            $"Expected {Articles} stored, 0 duplicates, 0 failures, an empty inbox; " +
            $"{leftovers.Count} file(s) left in the inbox{(leftovers.Count > 0 ? $" (first: {leftovers[0]})" : "")}.\n{logs()}");
    }

    public void Dispose() => Directory.Delete(staging, recursive: true);

    private async Task<StoreCounts> CountAsync()
    {
        try
        {
            return await tally.CountAsync();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            output.WriteLine($"Counting failed: {exception.Message}");
            return new StoreCounts(-1, -1, -1);
        }
    }

    /// <summary>Article files still waiting in the inbox, or set aside in its failed/ folder.</summary>
    private List<string> InboxLeftovers()
    {
        var waiting = Directory.EnumerateFiles(inbox).Where(f => !Path.GetFileName(f).StartsWith('.'));
        var failed = Path.Combine(inbox, "failed");
        var setAside = Directory.Exists(failed) ? Directory.EnumerateFiles(failed, "*", SearchOption.AllDirectories) : [];
        return [.. waiting.Concat(setAside).Select(f => Path.GetRelativePath(inbox, f))];
    }
}
