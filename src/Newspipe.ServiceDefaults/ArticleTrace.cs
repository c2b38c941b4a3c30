using System.Diagnostics;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// One trace per article: Ingest starts each article's trace as a new root (a JSON file of N articles gives N
/// traces), linked to the span of the file it came from; the stages after it continue that trace through the W3C
/// <c>traceparent</c> header MassTransit sends. While it is open it is the current activity; disposing it restores
/// the file's span.
/// </summary>
public sealed class ArticleTrace : IDisposable
{
    private readonly Activity? file;

    private ArticleTrace(Activity? file, Activity? article)
    {
        this.file = file;
        Activity = article;
    }

    /// <summary>The article's root span, when telemetry listens.</summary>
    public Activity? Activity { get; }

    public static ArticleTrace Start(string name, Guid articleId, string sourceName)
    {
        var file = Activity.Current;
        Activity.Current = null;
        var links = file is null ? null : new[] { new ActivityLink(file.Context) };
        var article = PipelineTelemetry.Source.StartActivity(name, ActivityKind.Producer, default(ActivityContext), links: links);
        article?.SetTag("newspipe.stage", "ingest");
        article?.SetTag("newspipe.article_id", articleId);
        article?.SetTag("newspipe.source", sourceName);
        if (article is null)
        {
            Activity.Current = file;
        }

        return new ArticleTrace(file, article);
    }

    public void Dispose()
    {
        Activity?.Dispose();
        Activity.Current = file;
    }
}
