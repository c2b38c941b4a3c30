namespace Newspipe.Store;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate: {ArticleId} from {SourceName} was already stored; nothing written")]
    public static partial void Duplicate(ILogger logger, Guid articleId, string sourceName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failure in {Stage} for {SourceName}: {Reason} (failure {FailureId}, repeat {RepeatCount})")]
    public static partial void Failure(ILogger logger, string stage, string sourceName, string reason, Guid failureId, int repeatCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed failure {FailureId} ({Stage}, {SourceName}) to {Destination}")]
    public static partial void Replayed(ILogger logger, Guid failureId, string stage, string sourceName, string destination);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failure {FailureId} cannot be replayed: {Reason}")]
    public static partial void NotReplayable(ILogger logger, Guid failureId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replaying failures paused: {Reason}")]
    public static partial void ReplayPaused(ILogger logger, string reason);
}
