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
    // (it decides which database errors pass), Polly's open circuit and time-out, a request that timed out.
    private static readonly HashSet<string> TransientTypeNames =
    [
        "Newspipe.Storage.StoreUnavailableException",
        "Polly.CircuitBreaker.BrokenCircuitException",
        "Polly.CircuitBreaker.IsolatedCircuitException",
        "Polly.Timeout.TimeoutRejectedException",
        "MassTransit.RequestTimeoutException",
    ];

    private static readonly HashSet<string> BrokerTypeNames =
    [
        "MassTransit.RabbitMqConnectionException",
        "MassTransit.ConnectionException",
        "MassTransit.TransportUnavailableException",
        "RabbitMQ.Client.Exceptions.BrokerUnreachableException",
        "RabbitMQ.Client.Exceptions.AlreadyClosedException",
        "RabbitMQ.Client.Exceptions.OperationInterruptedException",
    ];

    /// <summary>Whether a failure is worth retrying in place: transient, and not the broker itself going away.</summary>
    public static bool IsRetryable(Exception exception) => IsTransient(exception) && !IsBrokerLost(exception);

    /// <summary>
    /// The broker connection went away under a message (or the message was cancelled with it): no retry on that
    /// channel can succeed, and RabbitMQ delivers the unacknowledged message again once the stage has reconnected.
    /// </summary>
    public static bool IsBrokerLost(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is OperationCanceledException || BrokerTypeNames.Contains(current.GetType().FullName ?? ""))
            {
                return true;
            }
        }

        return false;
    }

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
