using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Newspipe.Storage;

/// <summary>
/// SQLite connections in WAL mode with <c>synchronous=NORMAL</c>: a commit is written to the WAL without waiting for
/// the disk to flush it, which is what made each article's three commits slow in the embedded host. A process crash
/// still loses no committed article (the WAL is in the operating system's hands); only a power cut or an operating
/// system crash can lose the last commits, and never corrupts the file (SQLite's documented trade-off for WAL).
/// </summary>
internal sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
