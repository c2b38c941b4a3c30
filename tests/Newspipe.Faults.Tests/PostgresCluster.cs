namespace Newspipe.Faults.Tests;

/// <summary>The machine's PostgreSQL cluster (the first of <c>pg_lsclusters</c>), stopped and started as an outage would.</summary>
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
        var listing = await MachineCommand.RunAsync("pg_lsclusters", "-h");
        if (!listing.Contains("online", StringComparison.Ordinal))
        {
            await MachineCommand.RunAsync("pg_ctlcluster", version, cluster, "start");
        }

        var ready = await Eventually.HoldsWithinAsync(
            async () =>
            {
                await MachineCommand.RunAsync("pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432");
                return true;
            },
            TimeSpan.FromSeconds(60));
        Assert.True(ready, $"PostgreSQL {version}/{cluster} did not come back");
    }

    private static async Task<(string Version, string Cluster)> ClusterAsync()
    {
        var first = (await MachineCommand.RunAsync("pg_lsclusters", "-h")).Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        var fields = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (fields[0], fields[1]);
    }
}
