using System.Globalization;
using System.Text.RegularExpressions;
using Newspipe.Testing;

namespace Newspipe.Dashboard.Tests;

/// <summary>An article's page in a real browser: the waterfall of its journey through the four stages.</summary>
public sealed partial class ArticleJourneyBrowserTests(SeededPipeline seeded) : IClassFixture<SeededPipeline>
{
    [Fact]
    public async Task The_waterfall_shows_four_stages_with_positive_work_times_the_process_and_the_trace()
    {
        var title = GoldenSeeds.Title(GoldenSeeds.Files[0]);
        var (id, _) = (await seeded.Pipeline.ArticlesAsync()).Single(a => a.Title == title);

        var page = await seeded.Browser.OpenAsync(new Uri(seeded.Pipeline.Address, $"/articles/{id}"));
        await HeadlessBrowser.SaveScreenshotAsync(page, "article-waterfall");

        Assert.Equal(title, await page.InnerTextAsync("h1"));
        var rows = page.Locator("#waterfall tbody tr");
        Assert.Equal(["ingest", "clean", "enrich", "store"], await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.stage)"));
        foreach (var work in await page.Locator("#waterfall [data-work-ms]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.workMs)"))
        {
            Assert.True(double.Parse(work, CultureInfo.InvariantCulture) > 0, $"a stage worked {work} ms");
        }

        var waits = await page.Locator("#waterfall [data-wait-ms]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.waitMs)");
        Assert.All(waits.Skip(1), wait => Assert.True(double.Parse(wait, CultureInfo.InvariantCulture) > 0, $"a message waited {wait} ms"));
        var pid = $"pid {seeded.Pipeline.ProcessId.ToString(CultureInfo.InvariantCulture)}";
        Assert.All(await rows.AllInnerTextsAsync(), row => Assert.Contains(pid, row, StringComparison.Ordinal));

        var traceId = await page.GetAttributeAsync("#trace code", "data-trace");
        Assert.Matches(TraceId(), traceId);
        Assert.Equal(SeededPipeline.TraceUrl.Replace("{traceId}", traceId, StringComparison.Ordinal), await page.GetAttributeAsync("#trace a", "href"));
        await page.CloseAsync();
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceId();
}
