using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Newspipe.Storage;

/// <summary>
/// Brings the schema up to date at start-up with the provider's EF Core migrations. A database made before migrations
/// existed (by <c>EnsureCreated</c>: tables, no <c>__EFMigrationsHistory</c>) holds exactly the <c>Initial</c>
/// migration's schema, so it is marked as having it and then upgraded like any other. Several services starting at
/// once migrate one after the other: PostgreSQL under a session advisory lock; SQLite, one process, under a semaphore.
/// </summary>
public sealed class StoreMigrator(IDbContextFactory<NewspipeDbContext> contexts, DatabaseResilience database, ILogger<StoreMigrator> logger)
{
    private const long MigrationLockId = 0x4e657773_5363; // "NewsSc"

    private static readonly SemaphoreSlim SqliteLock = new(1, 1);

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                if (db is PostgresNewspipeDbContext)
                {
                    await MigrateLockedAsync(db, token);
                    return;
                }

                await SqliteLock.WaitAsync(token);
                try
                {
                    await UpgradeAsync(db, token);
                    // WAL lets the CLI and dashboard read while the pipeline writes.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", token);
                }
                finally
                {
                    SqliteLock.Release();
                }
            },
            cancellationToken);

    private async Task MigrateLockedAsync(NewspipeDbContext db, CancellationToken token)
    {
        // One connection holds the lock for the whole upgrade: a second service waits, then finds nothing to do.
        await db.Database.OpenConnectionAsync(token);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockId})", token);
            await UpgradeAsync(db, token);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockId})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task UpgradeAsync(NewspipeDbContext db, CancellationToken token)
    {
        await BaselineAsync(db, token);
        var pending = (await db.Database.GetPendingMigrationsAsync(token)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying store migrations {Migrations}", string.Join(", ", pending));
            await db.Database.MigrateAsync(token);
        }
    }

    private async Task BaselineAsync(NewspipeDbContext db, CancellationToken token)
    {
        if ((await db.Database.GetAppliedMigrationsAsync(token)).Any() || !await HasArticlesTableAsync(db, token))
        {
            return;
        }

        var initial = db.Database.GetMigrations().First();
        logger.LogInformation("The store was made before migrations; marking {Migration} as applied", initial);
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), token);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion())), token);
    }

    private static async Task<bool> HasArticlesTableAsync(NewspipeDbContext db, CancellationToken token) =>
        await (db is PostgresNewspipeDbContext
            ? db.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'articles'")
            : db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'articles'"))
        .SingleAsync(token) > 0;
}
