using System.Diagnostics;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>Progress on standard error (the table goes to standard output): one line every few seconds per phase.</summary>
public sealed class BenchProgress(string phase)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private readonly Lock gate = new();
    private long last = Stopwatch.GetTimestamp();

    public void Report(int done, int total)
    {
        lock (gate)
        {
            if (done < total && Stopwatch.GetElapsedTime(last) < Every)
            {
                return;
            }

            last = Stopwatch.GetTimestamp();
        }

        Console.Error.WriteLine($"  {phase}: {done}/{total}");
    }
}
