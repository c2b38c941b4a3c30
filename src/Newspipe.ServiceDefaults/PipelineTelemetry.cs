using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Newspipe.ServiceDefaults;

/// <summary>The names every stage's own spans and metrics use, registered once in <see cref="ServiceDefaultsExtensions"/>.</summary>
public static class PipelineTelemetry
{
    public const string SourceName = "Newspipe";

    public static readonly ActivitySource Source = new(SourceName);

    public static readonly Meter Meter = new(SourceName);

    /// <summary>Articles that finished a stage, tagged with the stage name.</summary>
    public static readonly Counter<long> ArticlesProcessed = Meter.CreateCounter<long>("newspipe.articles.processed");

    /// <summary>Articles that failed a stage, tagged with the stage name.</summary>
    public static readonly Counter<long> ArticlesFailed = Meter.CreateCounter<long>("newspipe.articles.failed");

    /// <summary>Time a stage's logic took for one article, in milliseconds.</summary>
    public static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>("newspipe.stage.duration", "ms");
}
