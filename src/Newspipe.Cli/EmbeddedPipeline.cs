using Newspipe.Clean;
using Newspipe.Dashboard;
using Newspipe.Enrich;
using Newspipe.Ingest;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;
using Newspipe.Store;

namespace Newspipe.Cli;

/// <summary>
/// The all-in-one host: the same stage registrations and consumers the four services use, on the in-memory
/// transport and SQLite, plus the dashboard. Nothing here is a second copy of a stage.
/// </summary>
internal static class EmbeddedPipeline
{
    private const string SeededMarker = "seeded";

    public static async Task<int> RunAsync(EmbeddedSettings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Inbox);
        Directory.CreateDirectory(settings.DataDirectory);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{BusOptions.Section}:Transport"] = nameof(TransportKind.InMemory),
            [$"{StoreOptions.Section}:Provider"] = nameof(StoreProvider.Sqlite),
            [$"{StoreOptions.Section}:DataDirectory"] = settings.DataDirectory,
            ["Inbox:Path"] = settings.Inbox,
            ["MessageData:Path"] = Path.Combine(settings.DataDirectory, "message-data"),
            ["urls"] = settings.Urls,
            // The console shows one line per article (ArticleConsolePrinter); the stages' own logs go to telemetry.
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            // A failed article is one "failed" line (and a record with its stack trace), not a stack trace on the console.
            ["Logging:LogLevel:MassTransit"] = "Critical",
        });

        builder.AddServiceDefaults("newspipe");
        builder.AddArticleStore();
        builder.AddFailureReplayer();
        builder.AddDashboard();
        builder.Services.AddHostedService<StageWarningPrinter>();
        builder.AddStoredArticleHandoff();
        builder.AddIngestStage();
        builder.AddCleanStage();
        builder.AddEnrichStage();
        builder.AddPipelineBus(bus =>
        {
            bus.AddIngestConsumers();
            bus.AddCleanConsumers();
            bus.AddEnrichConsumers();
            bus.AddStoreConsumers();
            bus.AddConsumer<ArticleConsolePrinter>();
            bus.AddConsumer<ArticleSettledConsumer>();
        });

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapDashboard();

        await app.StartAsync(cancellationToken);
        Console.WriteLine($"Newspipe is running: all stages in one process (in-memory transport, SQLite at {Path.Combine(settings.DataDirectory, "newspipe.db")}).");
        Console.WriteLine($"  Watching  {settings.Inbox}  (drop .html .txt .md .json files here)");
        Console.WriteLine($"  Dashboard {settings.Urls}");
        Console.WriteLine($"  Articles  ./newspipe articles list{DataFlag(settings)}   Stop with Ctrl+C.");
        DropSeedsOnFirstStart(settings);

        await app.WaitForShutdownAsync(cancellationToken);
        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    private static string DataFlag(EmbeddedSettings settings) =>
        Path.GetFullPath(CliOptions.DefaultDataDirectory) == settings.DataDirectory ? "" : $" --data {settings.DataDirectory}";

    private static void DropSeedsOnFirstStart(EmbeddedSettings settings)
    {
        var marker = Path.Combine(settings.DataDirectory, SeededMarker);
        if (settings.Seeds is null || File.Exists(marker) || !Directory.Exists(settings.Seeds))
        {
            return;
        }

        var seeds = Directory.GetFiles(settings.Seeds);
        foreach (var seed in seeds)
        {
            // Copy under a temporary name and rename, so the inbox never sees a half-written file.
            var target = Path.Combine(settings.Inbox, Path.GetFileName(seed));
            File.Copy(seed, target + ".part", overwrite: true);
            File.Move(target + ".part", target, overwrite: true);
        }

        File.WriteAllText(marker, DateTimeOffset.UtcNow.ToString("O"));
        Console.WriteLine($"  First start: dropped {seeds.Length} seed articles from {Path.GetFullPath(settings.Seeds)} into the inbox.");
    }
}
