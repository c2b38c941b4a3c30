using Microsoft.Playwright;
using Newspipe.Testing;

namespace Newspipe.Dashboard.Tests;

/// <summary>The pipeline page of <c>newspipe run</c>, open in a real browser while the seeds are dropped into the inbox.</summary>
public sealed class LivePipelineBrowserTests
{
    private static readonly string[] Stages = ["ingest", "clean", "enrich", "store"];

    [Fact]
    public async Task Dropped_seeds_appear_on_the_open_page_without_a_reload_and_the_four_stages_count_them()
    {
        await using var pipeline = await EmbeddedPipeline.StartAsync();
        await using var browser = await HeadlessBrowser.LaunchAsync();
        var errors = new List<string>();
        var page = await browser.OpenAsync(pipeline.Address, errors);
        await page.WaitForSelectorAsync("#pipeline[data-renders]");
        Assert.Equal(0, await page.Locator("#latest tbody tr").CountAsync());
        // Survives only as long as the page is not loaded again.
        await page.EvaluateAsync("() => window.loadedOnce = true");

        foreach (var seed in GoldenSeeds.Files)
        {
            pipeline.Drop(GoldenSeeds.SeedPath(seed));
        }

        await page.WaitForFunctionAsync(
            "count => document.querySelectorAll('#latest tbody tr').length >= count",
            GoldenSeeds.Files.Count,
            new PageWaitForFunctionOptions { Timeout = 180_000, PollingInterval = 250 });
        await HeadlessBrowser.SaveScreenshotAsync(page, "pipeline-live-seeds");

        Assert.True(await page.EvaluateAsync<bool>("() => window.loadedOnce === true"), "the page was reloaded");
        var latest = await page.InnerTextAsync("#latest");
        Assert.All(GoldenSeeds.Titles, title => Assert.Contains(title, latest, StringComparison.Ordinal));
        Assert.Equal(Stages, await page.Locator(".stage").EvaluateAllAsync<string[]>("stages => stages.map(s => s.dataset.stage)"));
        foreach (var stage in Stages)
        {
            var done = await page.InnerTextAsync($"[data-stage={stage}] [data-figure=processedPerMinute]");
            Assert.True(int.Parse(done, System.Globalization.CultureInfo.InvariantCulture) >= GoldenSeeds.Files.Count, $"{stage} shows {done} done per minute");
            Assert.Equal("0", await page.InnerTextAsync($"[data-stage={stage}] [data-figure=failedPerMinute]"));
        }

        Assert.Equal(GoldenSeeds.Files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InnerTextAsync("[data-total=articles]"));
        Assert.Empty(errors);
    }
}
