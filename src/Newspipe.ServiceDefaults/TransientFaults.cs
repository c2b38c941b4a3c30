using System.Data.Common;
using System.Net.Sockets;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Tells a failure that may pass by itself (a database or broker away, a time-out) from one that no retry can fix
/// (bad input, a message that cannot be read, a bug). Only the first kind is retried.
/// </summary>
public static class TransientFaults
{
    // Exceptions of libraries ServiceDefaults does not reference, known by name: the store's "database unavailable"
    // (it decides which database errors pass), Polly's open circuit and time-out, MassTransit's and RabbitMQ's lost
    // connections.
    private static readonly HashSet<string> TransientTypeNames =
    [
        "Newspipe.Storage.StoreUnavailableException",
        "Polly.CircuitBreaker.BrokenCircuitException",
        "Polly.CircuitBreaker.IsolatedCircuitException",
        "Polly.Timeout.TimeoutRejectedException",
        "MassTransit.RabbitMqConnectionException",
        "MassTransit.ConnectionException",
        "MassTransit.TransportUnavailableException",
        "MassTransit.RequestTimeoutException",
        "RabbitMQ.Client.Exceptions.BrokerUnreachableException",
        "RabbitMQ.Client.Exceptions.AlreadyClosedException",
        "RabbitMQ.Client.Exceptions.OperationInterruptedException",
    ];

    /// <summary>Whether <paramref name="exception"/>, or any exception inside it, is a transient failure.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (IsTransientItself(current))
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransientItself(Exception exception) => exception switch
    {
        DbException db => db.IsTransient,
        TimeoutException or SocketException => true,
        _ => TransientTypeNames.Contains(exception.GetType().FullName ?? ""),
    };
}
