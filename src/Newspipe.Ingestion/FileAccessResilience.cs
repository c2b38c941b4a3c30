using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace Newspipe.Ingestion;

/// <summary>
/// Retries file operations that fail for a moment (a file locked by a scanner or an editor, a share that hiccups).
/// Telemetry goes to Polly's meter ("Polly"); each retry is logged.
/// </summary>
internal static class FileAccessResilience
{
    public static ResiliencePipeline Create(ILogger logger, TimeProvider time) =>
        new ResiliencePipelineBuilder { TimeProvider = time, Name = "Newspipe.Ingestion.FileAccess" }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<IOException>(IsTransient),
                MaxRetryAttempts = 4,
                Delay = TimeSpan.FromMilliseconds(50),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    IngestionLog.FileAccessRetry(logger, args.Outcome.Exception, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .ConfigureTelemetry(NullLoggerFactory.Instance)
            .Build();

    // A missing file or folder, or a name too long, will not fix itself.
    private static bool IsTransient(IOException exception) =>
        exception is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException);
}
