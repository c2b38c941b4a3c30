namespace Newspipe.Storage;

/// <summary>
/// One writer at a time on SQLite within the process (the embedded host, where Store and Enrich write at once).
/// SQLite takes one writer anyway; a second one that meets the lock is put to sleep by the driver for 150 ms at a
/// time, which made the embedded pipeline wait far longer than the writes take. Waiting here is a queue instead.
/// </summary>
internal static class SqliteWriter
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<T> RunAsync<T>(StoreProvider provider, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (provider != StoreProvider.Sqlite)
        {
            return await write();
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            Gate.Release();
        }
    }
}
