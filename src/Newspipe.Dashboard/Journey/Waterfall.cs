using Newspipe.Contracts;

namespace Newspipe.Dashboard.Journey;

/// <summary>
/// An article's journey laid out on one time axis: each stage's queue wait and work as fractions of the whole, from
/// the first stage's start to the last stage's finish.
/// </summary>
public sealed record Waterfall(IReadOnlyList<WaterfallRow> Rows, DateTimeOffset Start, TimeSpan Total, string? TraceId)
{
    /// <summary>The waterfall of a journey; null when there is none.</summary>
    public static Waterfall? Of(IReadOnlyList<StageHop> hops)
    {
        if (hops.Count == 0)
        {
            return null;
        }

        var start = hops.Min(h => h.SentAt ?? h.StartedAt);
        var total = hops.Max(h => h.FinishedAt) - start;
        var span = Math.Max(total.TotalMilliseconds, 0.001);
        var rows = hops.Select(hop =>
        {
            var queued = hop.SentAt ?? hop.StartedAt;
            return new WaterfallRow(
                hop,
                hop.StartedAt - queued,
                hop.FinishedAt - hop.StartedAt,
                (queued - start).TotalMilliseconds / span,
                (hop.StartedAt - queued).TotalMilliseconds / span,
                (hop.FinishedAt - hop.StartedAt).TotalMilliseconds / span);
        }).ToList();
        return new Waterfall(rows, start, total, hops.Select(h => h.TraceId).FirstOrDefault(t => !string.IsNullOrEmpty(t)));
    }
}
