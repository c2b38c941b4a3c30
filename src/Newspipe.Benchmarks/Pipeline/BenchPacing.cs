using System.Diagnostics;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>Hands items over at a steady rate (for latency at a given load), catching up after a late wake-up.</summary>
internal static class BenchPacing
{
    public static async Task PaceAsync<T>(IReadOnlyList<T> items, double perSecond, Action<T> handOver)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < items.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            handOver(items[i]);
        }
    }
}
