using System.Diagnostics;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// <c>newspipe bench</c>: the limit (stage logic alone, in this process) and the pipeline as users run it (embedded;
/// distributed with one and two Enrich workers; again over a full store), all in one run so that the ratios compare
/// figures taken on the same machine at the same time.
/// </summary>
public static class PipelineBenchmark
{
    public static async Task<IReadOnlyList<ModeResult>> RunAsync(BenchPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var results = new List<ModeResult>();

        Console.Error.WriteLine($"limit: {plan.Burst.Count} articles in this process on {Environment.ProcessorCount} cores");
        var limit = new LimitRun();
        var rate = limit.Throughput(plan.Burst, new BenchProgress("limit, all at once"));
        var latencies = await limit.LatenciesAsync(plan.Paced, rate / 2, new BenchProgress($"limit, at half rate ({rate / 2:0} articles/s)"));
        results.Add(new ModeResult("limit (stage logic, no transport, in memory)", rate, Latency.Of(latencies, rate / 2), [("bench", PeakResidentBytes())]));

        if (plan.Runs(BenchMode.Embedded))
        {
            Console.Error.WriteLine("embedded: the newspipe run host");
            results.Add(await EmbeddedRun.MeasureAsync(plan));
        }

        if (plan.Runs(BenchMode.Distributed1) || plan.Runs(BenchMode.Distributed2))
        {
            Console.Error.WriteLine("distributed: RabbitMQ and PostgreSQL, one process per stage");
        }

        if (plan.Runs(BenchMode.Distributed1))
        {
            results.Add(await DistributedRun.MeasureAsync(plan, 1, prestore: null));
        }

        if (plan.Runs(BenchMode.Distributed2))
        {
            results.Add(await DistributedRun.MeasureAsync(plan, 2, prestore: null));
        }

        if (plan.Prestored > 0 && plan.Runs(BenchMode.Stored))
        {
            Console.Error.WriteLine("distributed over a full store: enriching templates of the stored articles");
            var templates = PrestoredArticles.Templates(plan.StoredTemplates);
            results.Add(await DistributedRun.MeasureAsync(plan, 2, templates));
        }

        return results;
    }

    private static long PeakResidentBytes() => Process.GetCurrentProcess().PeakWorkingSet64;
}
