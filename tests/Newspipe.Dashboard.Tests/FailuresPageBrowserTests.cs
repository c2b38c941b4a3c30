using Newspipe.Contracts;

namespace Newspipe.Dashboard.Tests;

/// <summary>The failures page's buttons in a real browser: replay one, archive a group, unarchive one.</summary>
public sealed class FailuresPageBrowserTests
{
    [Fact]
    public async Task A_failure_replayed_from_its_button_leaves_the_list_and_a_group_is_archived_and_brought_back()
    {
        await using var host = await DashboardHost.StartAsync();
        var replayed = (await host.Failures.RecordAsync(Failed("one.txt", "clean", new FormatException("bad page")), CancellationToken.None)).Failure;
        var grouped = (await host.Failures.RecordAsync(Failed("two.txt", "enrich", new TimeoutException("slow")), CancellationToken.None)).Failure;
        await using var browser = await HeadlessBrowser.LaunchAsync();
        var page = await browser.OpenAsync(new Uri(host.Address, "/failures"));
        Assert.Equal(2, await page.Locator("#failures tbody tr").CountAsync());
        Assert.Contains("bad page", await page.InnerTextAsync($"[data-failure='{replayed.Id}']"), StringComparison.Ordinal);

        await page.ClickAsync($"[data-failure='{replayed.Id}'] button[data-action=replay]");
        await page.WaitForSelectorAsync("#notice");
        await HeadlessBrowser.SaveScreenshotAsync(page, "failures-replayed");

        Assert.Equal(0, await page.Locator($"[data-failure='{replayed.Id}']").CountAsync());
        Assert.Equal(1, await page.Locator($"[data-failure='{grouped.Id}']").CountAsync());
        Assert.Equal(Storage.FailureStatus.ReplayRequested, (await host.Failures.FindAsync(replayed.Id.ToString(), CancellationToken.None))!.Status);

        await page.ClickAsync($"[data-group='{grouped.GroupKey}'] button[data-action=archive]");
        await page.WaitForSelectorAsync("#notice");
        Assert.Equal(0, await page.Locator("#failures tbody tr").CountAsync());

        await page.GotoAsync(new Uri(host.Address, "/failures?status=Archived").ToString());
        await page.ClickAsync($"[data-failure='{grouped.Id}'] button[data-action=unarchive]");
        await page.WaitForSelectorAsync("#notice");
        await HeadlessBrowser.SaveScreenshotAsync(page, "failures-unarchived");
        Assert.Equal(1, await page.Locator($"#failures [data-failure='{grouped.Id}']").CountAsync());
        Assert.Contains("1 failure", await page.InnerTextAsync("#notice"), StringComparison.Ordinal);
    }

    private static ArticleFailed Failed(string source, string stage, Exception exception) => new()
    {
        SourceName = source,
        Stage = stage,
        Reason = exception.Message,
        ExceptionType = exception.GetType().FullName,
        StackTrace = $"{exception.GetType().FullName}: {exception.Message}\n   at Newspipe.Somewhere.Work() in Somewhere.cs:line 1",
        FailedAt = DateTimeOffset.UtcNow,
        Body = $"{{\"sourceName\":\"{source}\"}}",
        Attempts = 3,
    };
}
