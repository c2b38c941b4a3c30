using Newspipe.Storage;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>The embedded host (<c>newspipe run</c>: in-memory transport, SQLite) as its own process, file dropped to stored.</summary>
internal static class EmbeddedRun
{
    public static async Task<ModeResult> MeasureAsync(BenchPlan plan)
    {
        var folder = Directory.CreateDirectory(Path.Combine(plan.WorkFolder, "embedded")).FullName;
        var inbox = Path.Combine(folder, "inbox");
        var data = Path.Combine(folder, "data");
        await using var host = ChildProcess.Start(
            "embedded",
            plan.CliAssembly,
            ["run", "--inbox", inbox, "--data", data, "--no-seeds", "--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string> { ["Inbox__SettleTime"] = "00:00:00.200" });
        await host.WaitForAsync("Newspipe is running", TimeSpan.FromMinutes(2));
        await using var store = await BenchStore.OpenAsync(StoreProvider.Sqlite, data);
        var (rate, latency) = await new InboxMeasurement(inbox, store.Articles, [host]).RunAsync("embedded", plan.Burst, plan.Paced);
        return new ModeResult("embedded (in-memory transport, SQLite)", rate, latency, [(host.Name, host.PeakResidentBytes())]);
    }
}
