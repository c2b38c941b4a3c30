using System.Diagnostics;
using Newspipe.Storage;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// Measures a running pipeline from the outside, as a user sees it: files dropped into its inbox, articles counted in
/// its store. Throughput: every file dropped at once, articles over the time from the first read by Ingest to the last
/// stored. Latency: other files dropped one by one at half that rate, read-to-stored time of each (both times are
/// written by the pipeline itself).
/// </summary>
internal sealed class InboxMeasurement(string inbox, ArticleStore store, IReadOnlyList<ChildProcess> processes)
{
    private const string LatencyPrefix = "l-";

    public async Task<(double Rate, Latency Latency)> RunAsync(string mode, IReadOnlyList<string> burst, IReadOnlyList<string> paced)
    {
        var before = await store.CountAsync(CancellationToken.None);
        var staging = Stage(burst);
        foreach (var file in staging)
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }

        await WaitForAsync(before + burst.Count, new BenchProgress($"{mode}, all at once"));
        // The newest articles are this run's (articles stored before it are older).
        var run = await RecentAsync(burst.Count);
        var rate = run.Count / (run.Max(a => a.StoredAt) - run.Min(a => a.IngestedAt)).TotalSeconds;

        var half = rate / 2;
        var pacedStaging = Stage(paced, LatencyPrefix);
        var progress = new BenchProgress($"{mode}, at half rate ({half:0} articles/s)");
        var waiting = WaitForAsync(before + burst.Count + paced.Count, progress);
        await BenchPacing.PaceAsync(pacedStaging, half, file => File.Move(file, Path.Combine(inbox, Path.GetFileName(file))));
        await waiting;
        var latencies = (await RecentAsync(paced.Count))
            .Select(a => (a.StoredAt - a.IngestedAt).TotalMilliseconds)
            .ToList();
        return (rate, Latency.Of(latencies, half));
    }

    /// <summary>Copies beside the inbox (same file system), so that dropping is one rename per file.</summary>
    private List<string> Stage(IReadOnlyList<string> files, string prefix = "")
    {
        var staging = Path.Combine(Path.GetDirectoryName(inbox)!, $"staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return files.Select(file =>
        {
            var target = Path.Combine(staging, prefix + Path.GetFileName(file));
            File.Copy(file, target);
            return target;
        }).ToList();
    }

    private async Task WaitForAsync(int count, BenchProgress progress)
    {
        var lastChange = Stopwatch.GetTimestamp();
        var last = -1;
        while (true)
        {
            var stored = await store.CountAsync(CancellationToken.None);
            progress.Report(stored, count);
            if (stored >= count)
            {
                return;
            }

            foreach (var process in processes)
            {
                process.ThrowIfExited();
            }

            if (stored != last)
            {
                last = stored;
                lastChange = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(lastChange) > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException($"No article stored for 3 minutes ({stored} of {count}):\n{string.Join("\n\n", processes.Select(p => $"== {p.Name}\n{p.Output}"))}");
            }

            await Task.Delay(250);
        }
    }

    private async Task<IReadOnlyList<ArticleSummary>> RecentAsync(int count) => await store.ListAsync(count, CancellationToken.None);
}
