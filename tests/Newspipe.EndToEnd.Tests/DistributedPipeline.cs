using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary>
/// The distributed form for a test: each stage a separate process, a fresh RabbitMQ virtual host, a fresh PostgreSQL
/// database and a temporary inbox. Stages can be left out (to run an alternative in their place) or started twice.
/// </summary>
internal sealed class DistributedPipeline : IAsyncDisposable
{
    private readonly List<ServiceProcess> services = [];

    private DistributedPipeline(TestRabbitMq broker, TestPostgres database, string inbox)
    {
        Broker = broker;
        Database = database;
        Inbox = inbox;
    }

    public TestRabbitMq Broker { get; }

    public TestPostgres Database { get; }

    public string Inbox { get; }

    public static async Task<DistributedPipeline> CreateAsync()
    {
        var broker = await TestRabbitMq.CreateAsync();
        var database = await TestPostgres.CreateAsync();
        var inbox = Directory.CreateTempSubdirectory("newspipe-inbox-").FullName;
        return new DistributedPipeline(broker, database, inbox);
    }

    public ServiceProcess Start(string stage, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Bus__Transport"] = "RabbitMq",
            ["ConnectionStrings__rabbitmq"] = Broker.ConnectionString,
            ["Bus__RabbitMqManagementUrl"] = TestRabbitMq.ManagementUrl.ToString(),
            ["Store__Provider"] = "Postgres",
            ["ConnectionStrings__postgres"] = Database.ConnectionString,
            ["Inbox__Path"] = Inbox,
            ["Inbox__SettleTime"] = "00:00:00.300",
            ["OTEL_SERVICE_NAME"] = $"newspipe-{stage.ToLowerInvariant()}",
            ["Bus__RetryMaxInterval"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var service = ServiceProcess.StartStage(stage, environment);
        services.Add(service);
        return service;
    }

    public void StartAll()
    {
        foreach (var stage in new[] { "Store", "Enrich", "Clean", "Ingest" })
        {
            Start(stage);
        }
    }

    /// <summary>Kills every service started so far, as a machine restart would.</summary>
    public void KillAll()
    {
        foreach (var service in services.Where(s => !s.HasExited))
        {
            service.Kill();
        }
    }

    /// <summary>The environment the CLI needs to read this pipeline's store, as a person would set it.</summary>
    public IReadOnlyDictionary<string, string> StoreEnvironment => new Dictionary<string, string>
    {
        ["Store__Provider"] = "Postgres",
        ["ConnectionStrings__postgres"] = Database.ConnectionString,
    };

    /// <summary>Copies a file in the way a person's file manager would not: written aside, renamed in whole.</summary>
    public void Drop(string file, string? name = null)
    {
        var target = Path.Combine(Inbox, name ?? Path.GetFileName(file));
        File.Copy(file, target + ".part");
        File.Move(target + ".part", target);
    }

    /// <summary>Everything the services printed, to explain a failed wait.</summary>
    public string Logs => string.Join("\n\n", services.Select(s => $"== {s.Name}{(s.HasExited ? " (exited)" : "")}\n{s.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var service in services)
        {
            await service.DisposeAsync();
        }

        await Database.DisposeAsync();
        await Broker.DisposeAsync();
        Directory.Delete(Inbox, recursive: true);
    }
}
