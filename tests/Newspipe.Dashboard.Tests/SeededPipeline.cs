using Newspipe.Testing;

namespace Newspipe.Dashboard.Tests;

/// <summary><c>newspipe run</c> with the seeds stored, a trace link configured, and one browser, shared by a test class.</summary>
public sealed class SeededPipeline : IAsyncLifetime
{
    public const string TraceUrl = "http://localhost:16686/trace/{traceId}";

    public EmbeddedPipeline Pipeline { get; private set; } = null!;

    internal HeadlessBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Pipeline = await EmbeddedPipeline.StartAsync(new Dictionary<string, string> { ["Dashboard__TraceUrl"] = TraceUrl });
        foreach (var seed in GoldenSeeds.Files)
        {
            Pipeline.Drop(GoldenSeeds.SeedPath(seed));
        }

        await Pipeline.UntilAsync(async () => (await Pipeline.ArticlesAsync()).Count >= GoldenSeeds.Files.Count, "the seeds stored");
        Browser = await HeadlessBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Pipeline.DisposeAsync();
    }
}
