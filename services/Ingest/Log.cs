using Newspipe.Contracts;

namespace Newspipe.Ingest;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {InboxPath}")]
    public static partial void Watching(ILogger logger, string inboxPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {ArticleId} from {SourceName} ({Format}, {Encoding})")]
    public static partial void Ingested(ILogger logger, Guid articleId, string sourceName, ArticleFormat format, string encoding);

    [LoggerMessage(Level = LogLevel.Information, Message = "{SourceName} {Reason}; back to the inbox until it is complete")]
    public static partial void NotReady(ILogger logger, string sourceName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {SourceName}: {Reason}")]
    public static partial void Rejected(ILogger logger, string sourceName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replaying {FailedFile}: back in the inbox as {SourceName}")]
    public static partial void FileReplayed(ILogger logger, string failedFile, string sourceName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not publish {SourceName}; it stays in the inbox for another try")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string sourceName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Articles {ArticleIds} were neither stored nor failed in time; their file goes back to the inbox to be read again")]
    public static partial void HandoffTimedOut(ILogger logger, string articleIds);
}
