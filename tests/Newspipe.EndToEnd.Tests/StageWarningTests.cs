using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary>
/// A stage whose dependency keeps failing is seen on the embedded console (a warning line while it retries, a line
/// when it moves again), the other articles go through meanwhile, and the article is recorded as failed once the
/// retries are spent.
/// </summary>
public sealed class StageWarningTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_stage_that_keeps_retrying_prints_a_warning_and_its_article_ends_among_the_failures()
    {
        // Enrich fails as a time-out would for "flaky" files: 3 retries 2 s, 4 s, 4 s apart, about 10 s in all.
        await using var pipeline = EmbeddedProcess.Start(new Dictionary<string, string>
        {
            ["FaultInjection__Stage"] = "enrich",
            ["FaultInjection__SourceNameContains"] = "flaky",
            ["FaultInjection__Transient"] = "true",
            ["Bus__RetryLimit"] = "3",
            ["Bus__RetryInterval"] = "00:00:02",
            ["Bus__RetryMaxInterval"] = "00:00:04",
        });
        await Eventually.HoldsAsync(() => Task.FromResult(pipeline.Running), Patience, () => string.Join('\n', pipeline.Lines));

        Drop(pipeline.Inbox, "flaky-1.txt", GeneratedArticles.Text(1));
        Drop(pipeline.Inbox, "steady-2.txt", GeneratedArticles.Text(2));

        await Eventually.HoldsAsync(
            () => Task.FromResult(pipeline.Lines.Any(l => l.StartsWith("resumed   enrich", StringComparison.Ordinal))),
            Patience, () => string.Join('\n', pipeline.Lines));
        await using var reader = await TestStore.OpenSqliteAsync(pipeline.Data);
        await Eventually.HoldsAsync(
            async () => await reader.Failures.CountAsync(new FailureQuery(), CancellationToken.None) == 1,
            Patience, () => string.Join('\n', pipeline.Lines));

        var warning = pipeline.Lines.First(l => l.StartsWith("warning   enrich is retrying", StringComparison.Ordinal));
        Assert.Contains("1 article(s)", warning, StringComparison.Ordinal);
        Assert.Contains("InjectedTransientFaultException", warning, StringComparison.Ordinal);
        var stored = Assert.Single(await reader.Store.ListAsync(10, CancellationToken.None));
        Assert.Equal("steady-2.txt", stored.SourceName);
        var failure = Assert.Single(await reader.Failures.ListAsync(new FailureQuery(), CancellationToken.None));
        Assert.Equal(("enrich", "flaky-1.txt"), (failure.Stage, failure.SourceName));
        Assert.Equal(4, failure.Attempts);
    }

    private static void Drop(string inbox, string name, string text)
    {
        File.WriteAllText(Path.Combine(inbox, name + ".part"), text);
        File.Move(Path.Combine(inbox, name + ".part"), Path.Combine(inbox, name));
    }
}
