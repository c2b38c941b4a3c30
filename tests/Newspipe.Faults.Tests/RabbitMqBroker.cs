namespace Newspipe.Faults.Tests;

/// <summary>The machine's RabbitMQ node: its application stopped (every connection dropped) and started again.</summary>
internal static class RabbitMqBroker
{
    public static Task StopAsync() => MachineCommand.RunAsync("rabbitmqctl", "-q", "stop_app");

    /// <summary>Starts the application (a no-op when it runs) and waits until the node has booted.</summary>
    public static async Task StartAsync()
    {
        await MachineCommand.RunAsync("rabbitmqctl", "-q", "start_app");
        await MachineCommand.RunAsync("rabbitmqctl", "-q", "await_startup");
    }
}
