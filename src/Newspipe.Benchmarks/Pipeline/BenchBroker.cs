using System.Diagnostics;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>A RabbitMQ virtual host of the benchmark's own on the local broker (made with rabbitmqctl), deleted on dispose.</summary>
internal sealed class BenchBroker : IAsyncDisposable
{
    private BenchBroker(string virtualHost) => VirtualHost = virtualHost;

    public string VirtualHost { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:5672/{Uri.EscapeDataString(VirtualHost)}";

    public static async Task<BenchBroker> CreateAsync()
    {
        var broker = new BenchBroker($"newspipe-bench-{Guid.NewGuid():N}");
        await RabbitMqCtlAsync("add_vhost", broker.VirtualHost);
        await RabbitMqCtlAsync("set_permissions", "-p", broker.VirtualHost, "guest", ".*", ".*", ".*");
        return broker;
    }

    public async ValueTask DisposeAsync() => await RabbitMqCtlAsync("delete_vhost", VirtualHost);

    private static async Task RabbitMqCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-q");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl could not be started");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {await error}. Is RabbitMQ running (scripts/test-deps.sh)?");
        }
    }
}
