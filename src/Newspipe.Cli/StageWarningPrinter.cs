using Newspipe.ServiceDefaults;

namespace Newspipe.Cli;

/// <summary>
/// The embedded console's warning line while a stage keeps retrying (its dependency is away), so a stall is seen,
/// and a line when it moves again.
/// </summary>
internal sealed class StageWarningPrinter(RetryWatch retries, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stalled = new HashSet<string>(StringComparer.Ordinal);
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = time.GetUtcNow();
            var current = retries.Snapshot().Where(s => now - s.Since >= Interval).ToList();
            foreach (var stage in current)
            {
                Console.WriteLine(
                    $"warning   {stage.Stage} is retrying {stage.Messages} article(s) for {(now - stage.Since).TotalSeconds:0} s: {PrintableText.Escape(stage.Reason)}");
            }

            foreach (var recovered in stalled.Except(current.Select(s => s.Stage)).ToList())
            {
                Console.WriteLine($"resumed   {recovered} is moving again");
            }

            stalled = current.Select(s => s.Stage).ToHashSet(StringComparer.Ordinal);
        }
    }
}
