using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Newspipe.Storage;

/// <summary>Which database errors pass by themselves: the server away or restarting, busy, or a lost race.</summary>
internal static class DatabaseFaults
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException db && (db.IsTransient || IsTransientSqlState(db.SqlState) || IsSqliteBusy(db)))
            {
                return true;
            }

            if (current is TimeoutException or SocketException or EndOfStreamException)
            {
                return true;
            }
        }

        return false;
    }

    // PostgreSQL: connection exceptions (08), insufficient resources (53), operator intervention such as a server
    // shutting down (57P), serialization failures and deadlocks (40001, 40P01).
    private static bool IsTransientSqlState(string? state) =>
        state is not null
        && (state.StartsWith("08", StringComparison.Ordinal)
            || state.StartsWith("53", StringComparison.Ordinal)
            || state.StartsWith("57P", StringComparison.Ordinal)
            || state is "40001" or "40P01");

    // SqliteErrorCode, not DbException.ErrorCode: that is the HRESULT (E_FAIL for every SQLite error), whose low byte 5
    // made every SQLite error, a NOT NULL violation included, look like SQLITE_BUSY.
    private static bool IsSqliteBusy(DbException exception) =>
        exception is SqliteException sqlite && sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked;
}
