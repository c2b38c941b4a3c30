namespace Newspipe.Faults.Tests;

/// <summary>
/// The machine's PostgreSQL cluster (the first of <c>pg_lsclusters</c>, or <c>NEWSPIPE_POSTGRES_CLUSTER</c> as
/// <c>version/name</c> together with <c>NEWSPIPE_TEST_POSTGRES</c> pointing at it), stopped and started as an outage would.
/// </summary>
internal static class PostgresCluster
{
    public static async Task StopAsync()
    {
        var (version, cluster) = await ClusterAsync();
        await MachineCommand.RunAsync("pg_ctlcluster", version, cluster, "stop", "-m", "fast");
    }

    /// <summary>Starts the cluster (a no-op when it runs) and waits until it accepts connections.</summary>
    public static async Task StartAsync()
    {
        var (version, cluster) = await ClusterAsync();
        var listing = await MachineCommand.RunAsync("pg_lsclusters", "-h", version, cluster);
        if (!listing.Contains("online", StringComparison.Ordinal))
        {
            await MachineCommand.RunAsync("pg_ctlcluster", version, cluster, "start");
        }

        var ready = await Eventually.HoldsWithinAsync(
            async () =>
            {
                await MachineCommand.RunAsync("pg_isready", "-q", "-h", "127.0.0.1", "-p", Port);
                return true;
            },
            TimeSpan.FromSeconds(60));
        Assert.True(ready, $"PostgreSQL {version}/{cluster} did not come back");
    }

    private static string Port =>
        Environment.GetEnvironmentVariable("NEWSPIPE_TEST_POSTGRES") is { Length: > 0 } configured
            ? new Npgsql.NpgsqlConnectionStringBuilder(configured).Port.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "5432";

    private static async Task<(string Version, string Cluster)> ClusterAsync()
    {
        if (Environment.GetEnvironmentVariable("NEWSPIPE_POSTGRES_CLUSTER") is { Length: > 0 } named)
        {
            var parts = named.Split('/', 2);
            return (parts[0], parts[1]);
        }

        var first = (await MachineCommand.RunAsync("pg_lsclusters", "-h")).Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        var fields = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (fields[0], fields[1]);
    }
}
