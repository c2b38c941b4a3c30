using Newspipe.Testing;

namespace Newspipe.Faults.Tests;

/// <summary>The machine's RabbitMQ node: its application stopped (every connection dropped) and started again.</summary>
internal static class RabbitMqBroker
{
    public static Task StopAsync() => Ctl("stop_app");

    /// <summary>Starts the application (a no-op when it runs) and waits until the node has booted.</summary>
    public static async Task StartAsync()
    {
        await Ctl("start_app");
        await Ctl("await_startup");
    }

    /// <summary>Runs <c>rabbitmqctl</c> against the node the tests use.</summary>
    public static Task<string> Ctl(params string[] arguments) =>
        MachineCommand.RunAsync("rabbitmqctl", ["-q", .. TestRabbitMq.NodeArguments, .. arguments]);
}
