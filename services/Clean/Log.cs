namespace Newspipe.Clean;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Cleaned {ArticleId} from {SourceName}: {TextLength} characters of text")]
    public static partial void Cleaned(ILogger logger, Guid articleId, string sourceName, int textLength);
}
