using Newspipe.Storage;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// The distributed form: each stage its own process (as scripts/distributed.sh starts them) on the local RabbitMQ, in
/// a virtual host of its own, and PostgreSQL, in a database of its own; optionally with articles already stored.
/// </summary>
internal static class DistributedRun
{
    public static async Task<ModeResult> MeasureAsync(BenchPlan plan, int enrichWorkers, IReadOnlyList<StoredArticleTemplate>? prestore)
    {
        var folder = Directory.CreateDirectory(Path.Combine(plan.WorkFolder, $"distributed-{Guid.NewGuid():N}")).FullName;
        var inbox = Directory.CreateDirectory(Path.Combine(folder, "inbox")).FullName;
        await using var broker = await BenchBroker.CreateAsync();
        await using var database = await BenchDatabase.CreateAsync();
        await using var store = await BenchStore.OpenAsync(StoreProvider.Postgres, database.ConnectionString);
        var mode = $"distributed, {enrichWorkers} Enrich worker{(enrichWorkers > 1 ? "s" : "")}";
        if (prestore is not null)
        {
            Console.Error.WriteLine($"  {mode}: storing {plan.Prestored} articles first");
            await PrestoredArticles.InsertAsync(database.ConnectionString, prestore, plan.Prestored, CancellationToken.None);
            mode += $", {plan.Prestored:N0} stored";
        }

        var environment = new Dictionary<string, string>
        {
            ["Bus__Transport"] = "RabbitMq",
            ["ConnectionStrings__rabbitmq"] = broker.ConnectionString,
            ["Store__Provider"] = "Postgres",
            ["ConnectionStrings__postgres"] = database.ConnectionString,
            ["Inbox__Path"] = inbox,
            ["Inbox__SettleTime"] = "00:00:00.200",
            ["MessageData__Path"] = Path.Combine(folder, "message-data"),
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        };
        var stages = new[] { "Store", "Clean" }.Concat(Enumerable.Repeat("Enrich", enrichWorkers)).Append("Ingest");
        var processes = new List<ChildProcess>();
        try
        {
            foreach (var stage in stages)
            {
                processes.Add(ChildProcess.Start(stage, Path.Combine(plan.Repository, "services", stage, "bin", plan.Configuration, "net10.0", $"Newspipe.{stage}.dll"), [], environment));
            }

            foreach (var process in processes)
            {
                await process.WaitForAsync("Bus started", TimeSpan.FromMinutes(2));
            }

            var (rate, latency) = await new InboxMeasurement(inbox, store.Articles, processes).RunAsync(mode, plan.Burst, plan.Paced);
            return new ModeResult(mode, rate, latency, processes.Select(p => (p.Name, p.PeakResidentBytes())).ToList());
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }
        }
    }
}
