using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Newspipe.ServiceDefaults;

/// <summary>Deletes claim-check bodies older than their time to live, at start and every hour, so the folder does not grow forever.</summary>
public sealed partial class MessageDataSweeper(IOptions<MessageDataOptions> options, TimeProvider time, ILogger<MessageDataSweeper> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Deletes what is older than the time to live; returns how many files.</summary>
    public int Sweep()
    {
        var folder = new DirectoryInfo(Path.GetFullPath(options.Value.Path));
        if (!folder.Exists)
        {
            return 0;
        }

        var before = time.GetUtcNow().UtcDateTime - options.Value.TimeToLive;
        var deleted = 0;
        foreach (var file in folder.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            try
            {
                if (file.LastWriteTimeUtc < before)
                {
                    file.Delete();
                    deleted++;
                }
            }
            catch (IOException)
            {
                // Another process swept it first.
            }
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            var deleted = Sweep();
            if (deleted > 0)
            {
                Swept(logger, deleted, options.Value.TimeToLive);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Swept {Count} claim-check bodies older than {TimeToLive}")]
    private static partial void Swept(ILogger logger, int count, TimeSpan timeToLive);
}
