using Microsoft.Playwright;
using Newspipe.Testing;

namespace Newspipe.Dashboard.Tests;

/// <summary>
/// Debian's Chromium (installed by scripts/test-deps.sh), headless, driven by Playwright: never a downloaded browser.
/// Screenshots go to tests/TestResults/screenshots; when NEWSPIPE_REPORTS is set (scripts/test.sh, which prints the
/// reports and then deletes their folder), a line per screenshot there says where it is.
/// </summary>
internal sealed class HeadlessBrowser : IAsyncDisposable
{
    private const string Executable = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private HeadlessBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static string Screenshots => Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "tests", "TestResults", "screenshots")).FullName;

    public static async Task<HeadlessBrowser> LaunchAsync()
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: scripts/test-deps.sh installs Debian's chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return new HeadlessBrowser(playwright, browser);
    }

    /// <summary>A new page the size of a laptop screen, its console errors collected.</summary>
    public async Task<IPage> OpenAsync(Uri address, List<string>? consoleErrors = null)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        if (consoleErrors is not null)
        {
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    consoleErrors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => consoleErrors.Add(error);
        }

        await page.GotoAsync(address.ToString());
        return page;
    }

    public static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var file = Path.Combine(Screenshots, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        if (Environment.GetEnvironmentVariable("NEWSPIPE_REPORTS") is { Length: > 0 } reports)
        {
            // One small file per screenshot: tests run in parallel and scripts/test.sh prints every report file.
            await File.WriteAllTextAsync(Path.Combine(reports, $"screenshot-{name}.txt"), $"screenshot: {file}\n");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
