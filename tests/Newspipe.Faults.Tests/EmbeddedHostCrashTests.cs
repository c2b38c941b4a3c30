using Newspipe.Testing;

namespace Newspipe.Faults.Tests;

/// <summary>
/// The embedded host (<c>newspipe run</c>: in-memory transport, SQLite) SIGKILLed three times while files wait in its
/// inbox, on a machine whose cores are busy: each start picks up what the crash interrupted, and in the end every
/// article is stored once.
/// </summary>
[Collection(nameof(FaultCollection))]
[Trait("Category", "Fault")]
public sealed class EmbeddedHostCrashTests(ITestOutputHelper output)
{
    private const int Crashes = 3;
    private static readonly TimeSpan LastStartPatience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Every_article_is_stored_once_when_the_embedded_host_is_killed_three_times_under_CPU_load()
    {
        var articles = FaultSettings.Articles(ciDefault: 200);
        var inbox = Directory.CreateTempSubdirectory("newspipe-fault-inbox-").FullName;
        var data = Directory.CreateTempSubdirectory("newspipe-fault-data-").FullName;
        var tally = new SqliteTally(Path.Combine(data, "newspipe.db"));
        var hosts = new List<ServiceProcess>();
        try
        {
            using var run = new ScenarioRun("embedded host SIGKILLed 3x", articles, inbox, tally, output);
            using var load = CpuLoad.Start(processes: 2, limit: TimeSpan.FromMinutes(15));
            run.DropAll();
            for (var crash = 0; crash < Crashes; crash++)
            {
                var before = await StoredOrZeroAsync(tally);
                await run.NoteAsync($"start {crash + 1}");
                hosts.Add(Start(inbox, data));
                // Killed once it has made some progress (or after a while): mid-run, with files still waiting.
                await Eventually.HoldsWithinAsync(async () => await tally.StoredAsync() >= before + Math.Max(1, articles / 10), TimeSpan.FromSeconds(30));
                await run.NoteAsync($"SIGKILL {crash + 1}");
                await hosts[^1].KillAsync();
            }

            await run.NoteAsync($"start {Crashes + 1}, the last");
            hosts.Add(Start(inbox, data));
            var allStored = await run.AllStoredWithinAsync(LastStartPatience + TimeSpan.FromMilliseconds(100 * articles));
            await run.FinishAsync(allStored, () => string.Join(
                "\n\n", hosts.Select((h, i) => $"== start {i + 1} (pid {h.Id}{(h.HasExited ? ", exited" : "")})\n{h.Tail(25)}")));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(inbox, recursive: true);
            Directory.Delete(data, recursive: true);
        }
    }

    private static ServiceProcess Start(string inbox, string data) =>
        ServiceProcess.StartEmbedded(["--inbox", inbox, "--data", data, "--no-seeds", "--urls", "http://127.0.0.1:0"]);

    private static async Task<int> StoredOrZeroAsync(SqliteTally tally)
    {
        try
        {
            return await tally.StoredAsync();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }
}
