namespace Newspipe.ServiceDefaults;

/// <summary>Which broker carries the messages.</summary>
public enum TransportKind
{
    /// <summary>A real RabbitMQ broker, from <c>ConnectionStrings:rabbitmq</c>.</summary>
    RabbitMq,

    /// <summary>In-process queues, for the all-in-one embedded host only: messages do not survive the process.</summary>
    InMemory,
}
