using System.Diagnostics;

namespace Newspipe.Testing;

/// <summary>
/// A fresh RabbitMQ virtual host per test on the broker scripts/test-deps.sh starts, so queues left by one test never
/// feed another. Deleted on dispose. <c>NEWSPIPE_RABBITMQ_NODE</c> and <c>NEWSPIPE_RABBITMQ_PORT</c> point the tests at
/// another node of this machine (a second node lets the broker-restart scenario run beside other work).
/// </summary>
public sealed class TestRabbitMq : IAsyncDisposable
{
    private TestRabbitMq(string virtualHost) => VirtualHost = virtualHost;

    public string VirtualHost { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/{Uri.EscapeDataString(VirtualHost)}";

    /// <summary>The AMQP port of the node the tests use: 5672 unless <c>NEWSPIPE_RABBITMQ_PORT</c> says otherwise.</summary>
    public static int Port =>
        int.TryParse(Environment.GetEnvironmentVariable("NEWSPIPE_RABBITMQ_PORT"), out var port) ? port : 5672;

    /// <summary>
    /// The node's management API (the <c>rabbitmq_management</c> plugin scripts/test-deps.sh enables): port 15672
    /// unless <c>NEWSPIPE_RABBITMQ_MANAGEMENT_PORT</c> says otherwise.
    /// </summary>
    public static Uri ManagementUrl =>
        new($"http://127.0.0.1:{(int.TryParse(Environment.GetEnvironmentVariable("NEWSPIPE_RABBITMQ_MANAGEMENT_PORT"), out var port) ? port : 15672)}/");

    /// <summary>The <c>rabbitmqctl</c> arguments that name the node the tests use (none for the default node).</summary>
    public static IReadOnlyList<string> NodeArguments =>
        Environment.GetEnvironmentVariable("NEWSPIPE_RABBITMQ_NODE") is { Length: > 0 } node ? ["-n", node] : [];

    public static async Task<TestRabbitMq> CreateAsync()
    {
        var broker = new TestRabbitMq($"newspipe-test-{Guid.NewGuid():N}");
        await RabbitMqCtlAsync("add_vhost", broker.VirtualHost);
        await RabbitMqCtlAsync("set_permissions", "-p", broker.VirtualHost, "guest", ".*", ".*", ".*");
        return broker;
    }

    public async ValueTask DisposeAsync() => await RabbitMqCtlAsync("delete_vhost", VirtualHost);

    private static async Task RabbitMqCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-q");
        foreach (var argument in NodeArguments.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("rabbitmqctl could not be started; run scripts/test-deps.sh");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}. Is RabbitMQ running (scripts/test-deps.sh)?");
        }
    }
}
