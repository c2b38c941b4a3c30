namespace Newspipe.Enrich;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Enriched {ArticleId}: language {Language}, {EntityCount} entity mentions, story {StoryId}")]
    public static partial void Enriched(ILogger logger, Guid articleId, string language, int entityCount, Guid storyId);
}
