using System.Net.Sockets;
using Newspipe.Cleaning;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;
using Npgsql;

namespace Newspipe.Pipeline.Tests;

public sealed class TransientFaultsTests
{
    [Fact]
    public void A_database_or_broker_away_is_transient_and_retried()
    {
        Assert.True(TransientFaults.IsTransient(new StoreUnavailableException("down", new SocketException())));
        Assert.True(TransientFaults.IsTransient(new NpgsqlException("connection refused", new SocketException())));
        Assert.True(TransientFaults.IsTransient(new InvalidOperationException("wrapped", new TimeoutException())));
    }

    [Fact]
    public void Bad_input_and_bugs_are_permanent_and_fail_at_once()
    {
        Assert.False(TransientFaults.IsTransient(new CleaningException("no article text")));
        Assert.False(TransientFaults.IsTransient(new System.Text.Json.JsonException("missing required field")));
        Assert.False(TransientFaults.IsTransient(new NullReferenceException()));
        Assert.False(TransientFaults.IsTransient(new InjectedFaultException("drill")));
    }

    [Fact]
    public void A_lost_broker_connection_is_not_retried_in_place_nor_recorded_the_broker_delivers_the_message_again()
    {
        var lost = new OperationCanceledException("the channel closed");

        Assert.True(TransientFaults.IsBrokerLost(lost));
        Assert.False(TransientFaults.IsRetryable(lost));
        Assert.True(TransientFaults.IsRetryable(new StoreUnavailableException("down", new TimeoutException())));
    }
}
