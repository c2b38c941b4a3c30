using System.Globalization;
using System.Text;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>The benchmark's one table: the limit first, every row's ratio to it.</summary>
public static class BenchTable
{
    public static string Format(IReadOnlyList<ModeResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var limit = results[0].ArticlesPerSecond;
        var text = new StringBuilder();
        text.AppendLine("| mode | articles/s | of the limit | latency p50 / p95 / p99 ms (at articles/s) | peak RSS MB per process |");
        text.AppendLine("|---|---:|---:|---|---|");
        foreach (var row in results)
        {
            var memory = string.Join(", ", row.PeakMemory.GroupBy(p => p.Process).Select(g => $"{g.Key} {string.Join("/", g.Select(p => Megabytes(p.PeakBytes)))}"));
            text.AppendLine(Invariant(
                $"| {row.Mode} | {row.ArticlesPerSecond:0.0} | {row.ArticlesPerSecond / limit:0%} | {row.Latency.P50:0} / {row.Latency.P95:0} / {row.Latency.P99:0} (at {row.Latency.AtRate:0}) | {memory} |"));
        }

        return text.ToString();
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
