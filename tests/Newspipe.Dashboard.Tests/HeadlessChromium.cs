using System.Diagnostics;

namespace Newspipe.Dashboard.Tests;

/// <summary>Debian's Chromium, headless (installed by scripts/test-deps.sh): the DOM of a page after its scripts ran, and a screenshot.</summary>
internal static class HeadlessChromium
{
    private const string Executable = "/usr/bin/chromium";

    /// <summary>The page's DOM as the browser left it, scripts run (had any been allowed to run).</summary>
    public static Task<string> DumpDomAsync(Uri page) => RunAsync("--dump-dom", page.ToString());

    public static Task SaveScreenshotAsync(Uri page, string file) =>
        RunAsync($"--screenshot={file}", "--window-size=1366,900", page.ToString());

    private static async Task<string> RunAsync(params string[] arguments)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: scripts/test-deps.sh installs Debian's chromium");
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--virtual-time-budget=3000" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        await error;
        return await output;
    }
}
