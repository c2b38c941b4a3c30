using Newspipe.Contracts;
using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.Dashboard.Tests;

/// <summary>
/// Script payloads stored in an article's title, outlet, text, entities and quotes, and in a failure, run on no
/// page, in a real browser: had one run, it would have marked the page's root element.
/// </summary>
public sealed class ScriptInjectionBrowserTests
{
    private const string Script = "<script>document.documentElement.setAttribute('data-injected','script')</script>";
    private const string OnError = "<img src=x onerror=\"document.documentElement.setAttribute('data-injected','onerror')\">";

    [Fact]
    public async Task Stored_script_and_onerror_payloads_run_on_no_page()
    {
        // A trace address that is script, not a web page, must not become a link.
        await using var host = await DashboardHost.StartAsync(new Dictionary<string, string?> { ["Dashboard:TraceUrl"] = "javascript:alert(1)//{traceId}" });
        var id = Guid.NewGuid();
        await host.Articles.SaveAsync(Hostile(id), mention => $"{mention.Type}:{mention.Canonical}", CancellationToken.None);
        await host.Articles.SaveAsync(
            Hostile(Guid.NewGuid()) with { ContentHash = "second", StoryId = id, Text = "A second body for the story" },
            mention => $"{mention.Type}:{mention.Canonical}",
            CancellationToken.None);
        await host.Failures.RecordAsync(
            new ArticleFailed { SourceName = $"bad{OnError}.txt", Stage = "clean", Reason = $"reason {Script}", FailedAt = DateTimeOffset.UtcNow },
            CancellationToken.None);
        await using var browser = await HeadlessBrowser.LaunchAsync();

        foreach (var (name, path) in new[]
        {
            ("pipeline", "/"), ("article", $"/articles/{id}"), ("failures", "/failures"), ("failures-all", "/failures?status=All"),
            ("search", "/search?q=body"), ("entities", "/entities"), ("entity", $"/entities/{Uri.EscapeDataString(EntityKey)}"),
            ("stories", "/stories"), ("story", $"/stories/{id}"),
        })
        {
            var page = await browser.OpenAsync(new Uri(host.Address, path));
            await HeadlessBrowser.SaveScreenshotAsync(page, $"script-injection-{name}");

            Assert.Null(await page.GetAttributeAsync("html", "data-injected"));
            var html = await page.ContentAsync();
            Assert.True(
                html.Contains("&lt;script&gt;", StringComparison.Ordinal) || html.Contains("&lt;img src=x", StringComparison.Ordinal),
                $"{path} shows no payload as text");
            await page.CloseAsync();
        }

        var entity = await browser.OpenAsync(new Uri(host.Address, $"/entities/{Uri.EscapeDataString(EntityKey)}"));
        Assert.StartsWith($"Entity {OnError}", await entity.InnerTextAsync("h1"), StringComparison.Ordinal);
        var story = await browser.OpenAsync(new Uri(host.Address, $"/stories/{id}"));
        Assert.Equal(2, await story.Locator("table.articles tbody tr").CountAsync());

        var article = await browser.OpenAsync(new Uri(host.Address, $"/articles/{id}"));
        Assert.Equal(0, await article.Locator("#trace a").CountAsync());
        Assert.Contains("<script>", await article.InnerTextAsync("#waterfall"), StringComparison.Ordinal);

        // The live view swaps in the latest articles from the events: the payloads stay text there too.
        var live = await browser.OpenAsync(host.Address);
        await live.WaitForSelectorAsync("#pipeline[data-renders]");
        await HeadlessBrowser.SaveScreenshotAsync(live, "script-injection-pipeline-live");
        Assert.Null(await live.GetAttributeAsync("html", "data-injected"));
        Assert.Contains("Title <script>", await live.InnerTextAsync("#latest"), StringComparison.Ordinal);
    }

    private const string EntityKey = $"PERSON:Entity {OnError}";

    private static ArticleEnriched Hostile(Guid id) => new()
    {
        ArticleId = id,
        SourceName = "hostile.txt",
        ContentHash = id.ToString("N"),
        Metadata = new ArticleMetadata { Title = $"Title {Script}", Outlet = $"Outlet {OnError}", Published = "2024-06-19" },
        Text = $"Body {Script} and {OnError}",
        Language = "en",
        LanguageConfidence = 0.99,
        Entities = [new EntityMention { Text = $"Entity {Script}", Canonical = $"Entity {OnError}", Type = "PERSON", Start = 0, End = 1 }],
        Quotes = [new Quotation { Speaker = $"Speaker {OnError}", Text = $"Quote {Script}" }],
        Keywords = [$"keyword {Script}"],
        Summary = $"Summary {OnError}",
        StoryId = id,
        IngestedAt = DateTimeOffset.UtcNow.AddSeconds(-3),
        CleanedAt = DateTimeOffset.UtcNow.AddSeconds(-2),
        EnrichedAt = DateTimeOffset.UtcNow.AddSeconds(-1),
        Journey =
        [
            new StageHop
            {
                Stage = $"stage {OnError}", Host = $"host {Script}", Pid = 1, StartedAt = DateTimeOffset.UtcNow.AddSeconds(-3),
                FinishedAt = DateTimeOffset.UtcNow.AddSeconds(-2), Attempts = 1, TraceId = $"trace {Script}",
            },
        ],
    };
}
