using Newspipe.Testing;

namespace Newspipe.Faults.Tests;

/// <summary>
/// The distributed form for a test: each stage a separate process, a fresh RabbitMQ virtual host, a fresh PostgreSQL
/// database and a temporary inbox. A stage can be killed and started again; every process it ever ran stays listed
/// for the logs.
/// </summary>
internal sealed class DistributedPipeline : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> Stages = ["Store", "Enrich", "Clean", "Ingest"];

    private readonly List<ServiceProcess> services = [];

    private DistributedPipeline(TestRabbitMq broker, TestPostgres database, string inbox)
    {
        Broker = broker;
        Database = database;
        Inbox = inbox;
        Tally = new PostgresTally(database.ConnectionString);
    }

    public TestRabbitMq Broker { get; }

    public TestPostgres Database { get; }

    public string Inbox { get; }

    public PostgresTally Tally { get; }

    public static async Task<DistributedPipeline> CreateAsync()
    {
        var broker = await TestRabbitMq.CreateAsync();
        var database = await TestPostgres.CreateAsync();
        var inbox = Directory.CreateTempSubdirectory("newspipe-fault-inbox-").FullName;
        return new DistributedPipeline(broker, database, inbox);
    }

    public ServiceProcess Start(string stage)
    {
        var service = ServiceProcess.StartStage(stage, new Dictionary<string, string>
        {
            ["Bus__Transport"] = "RabbitMq",
            ["ConnectionStrings__rabbitmq"] = Broker.ConnectionString,
            ["Store__Provider"] = "Postgres",
            ["ConnectionStrings__postgres"] = Database.ConnectionString,
            ["Inbox__Path"] = Inbox,
            ["Inbox__SettleTime"] = "00:00:00.300",
            ["OTEL_SERVICE_NAME"] = $"newspipe-{stage.ToLowerInvariant()}",
        });
        services.Add(service);
        return service;
    }

    /// <summary>Starts the four stages, consumers first, and waits until each one's bus is up.</summary>
    public async Task StartAllAsync()
    {
        var started = Stages.Select(Start).ToList();
        var up = await Eventually.HoldsWithinAsync(
            () => Task.FromResult(started.All(s => s.BusStarted || s.HasExited)), TimeSpan.FromMinutes(2));
        Assert.True(up && started.All(s => !s.HasExited), $"The services did not start.\n{Describe()}");
    }

    /// <summary>How many lines every process of this pipeline printed that contain <paramref name="text"/>.</summary>
    public int CountLines(string text) => services.Sum(s => s.CountLines(text));

    /// <summary>The running process of <paramref name="stage"/>.</summary>
    public ServiceProcess Running(string stage) => services.Last(s => s.Name == stage && !s.HasExited);

    /// <summary>SIGKILLs the running process of <paramref name="stage"/>.</summary>
    public async Task KillAsync(string stage)
    {
        foreach (var service in services.Where(s => s.Name == stage && !s.HasExited))
        {
            await service.KillAsync();
        }
    }

    /// <summary>The last lines of every process and the state of the queues, to explain a failed scenario.</summary>
    public string Describe()
    {
        string queues;
        try
        {
            queues = RabbitMqBroker.Ctl("list_queues", "-p", Broker.VirtualHost, "name", "messages_ready", "messages_unacknowledged", "consumers")
                .GetAwaiter().GetResult();
        }
        catch (InvalidOperationException exception)
        {
            queues = exception.Message;
        }

        var logs = services.Select(s => $"== {s.Name} (pid {s.Id}{(s.HasExited ? ", exited" : "")})\n{s.Tail(40)}");
        return $"== queues (name, ready, unacknowledged, consumers)\n{queues}\n\n{string.Join("\n\n", logs)}";
    }

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
