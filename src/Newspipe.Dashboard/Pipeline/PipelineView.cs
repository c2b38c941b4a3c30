using Newspipe.Storage;

namespace Newspipe.Dashboard.Pipeline;

/// <summary>
/// What the home page and <c>GET /api/pipeline</c> show: the four stages in order with their figures, the totals,
/// the health checks, and the latest stored articles.
/// </summary>
public sealed record PipelineView(
    DateTimeOffset At,
    IReadOnlyList<StageView> Stages,
    PipelineTotals Totals,
    IReadOnlyList<HealthView> Health,
    IReadOnlyList<ArticleSummary> Latest);
