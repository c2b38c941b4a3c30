using Microsoft.Extensions.Logging;

namespace Newspipe.ServiceDefaults;

internal static partial class StageLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Stage} done with {ArticleId} in {ElapsedMs:0.0} ms")]
    public static partial void Done(ILogger logger, string stage, Guid? articleId, double elapsedMs);
}
