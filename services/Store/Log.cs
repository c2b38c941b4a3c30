namespace Newspipe.Store;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {ArticleId} from {SourceName}")]
    public static partial void Stored(ILogger logger, Guid articleId, string sourceName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate: {ArticleId} from {SourceName} was already stored; nothing written")]
    public static partial void Duplicate(ILogger logger, Guid articleId, string sourceName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failure in {Stage} for {SourceName}: {Reason}")]
    public static partial void Failure(ILogger logger, string stage, string sourceName, string reason);
}
