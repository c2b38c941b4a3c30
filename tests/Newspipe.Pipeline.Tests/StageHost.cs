using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newspipe.ServiceDefaults;

namespace Newspipe.Pipeline.Tests;

/// <summary>
/// A stage registered exactly as its service registers it, on MassTransit's test harness (one per test), with a
/// temporary folder for its SQLite store and inbox.
/// </summary>
internal sealed class StageHost : IAsyncDisposable
{
    private readonly IHost host;

    private StageHost(IHost host, string directory)
    {
        this.host = host;
        Directory = directory;
    }

    public string Directory { get; }

    public string Inbox => Path.Combine(Directory, "inbox");

    public ITestHarness Harness => host.Services.GetTestHarness();

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public static async Task<StageHost> StartAsync(
        Action<IHostApplicationBuilder> registerStage,
        Action<IBusRegistrationConfigurator> registerConsumers,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("newspipe-stage-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "inbox"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Sqlite",
            ["Store:DataDirectory"] = directory,
            ["Inbox:Path"] = Path.Combine(directory, "inbox"),
            ["Inbox:SettleTime"] = "00:00:00.200",
            ["Bus:RetryInterval"] = "00:00:00.010",
            ["MessageData:Path"] = Path.Combine(directory, "message-data"),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddLogging();
        builder.Services.AddPipelineEndpoints();
        builder.Services.AddArticleBodies();
        registerStage(builder);
        builder.Services.AddMassTransitTestHarness(bus =>
        {
            // The shared test machine is slow at times; a stage's first message may take seconds.
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(60), testInactivityTimeout: TimeSpan.FromSeconds(20));
            registerConsumers(bus);
            // As AddPipelineBus does: the stage telemetry filter on every endpoint.
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseConsumeFilter(typeof(StageTelemetryFilter<>), context);
                cfg.ConfigureEndpoints(context);
            });
        });

        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetTestHarness().Start();
        return new StageHost(host, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
