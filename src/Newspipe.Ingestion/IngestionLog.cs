using Microsoft.Extensions.Logging;

namespace Newspipe.Ingestion;

internal static partial class IngestionLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "File access failed, retry {Attempt} in {Delay}")]
    public static partial void FileAccessRetry(ILogger logger, Exception? exception, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching inbox {Root} as {Owner}")]
    public static partial void Watching(ILogger logger, string root, string owner);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Claimed {FileName}")]
    public static partial void Claimed(ILogger logger, string fileName);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{FileName} changed while being claimed; back to the inbox")]
    public static partial void ChangedWhileClaiming(ILogger logger, string fileName);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{FileName} is still open for writing; waiting for its writer")]
    public static partial void StillOpenForWriting(ILogger logger, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FileName} lies in a linked folder, outside the inbox: left alone")]
    public static partial void OutsideThroughLink(ILogger logger, string fileName);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{FileName} could not be claimed yet")]
    public static partial void ClaimDeferred(ILogger logger, string fileName, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Completed {FileName} ({Action})")]
    public static partial void Completed(ILogger logger, string fileName, ProcessedFileAction action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released {FileName} back to the inbox, to be tried again")]
    public static partial void Released(ILogger logger, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed {FileName}: {Reason}")]
    public static partial void Failed(ILogger logger, string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The claim on {FileName} was lost (taken over as stale); it is processed again from the inbox")]
    public static partial void ClaimLost(ILogger logger, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Returned {Count} file(s) claimed by {Owner}, which is gone, to the inbox")]
    public static partial void StaleClaimsReturned(ILogger logger, int count, string owner);

    [LoggerMessage(Level = LogLevel.Error, Message = "Renewing the claim lease of {Owner} failed")]
    public static partial void LeaseRenewalFailed(ILogger logger, string owner, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File system watcher failed; rescanning the inbox")]
    public static partial void WatcherFailed(ILogger logger, Exception? exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rescan of {Root} found {Count} new file(s)")]
    public static partial void Rescanned(ILogger logger, string root, int count);
}
