using System.Diagnostics;

using Newspipe.Enrichment;

namespace Newspipe.Benchmarks.Enrichment;

/// <summary>Times <see cref="ArticleEnricher.Enrich"/> on given articles, for the bench command.</summary>
public static class EnrichmentTiming
{
    public static EnrichmentTimingResult Measure(IReadOnlyList<(string Title, string Text)> articles, ArticleEnricher enricher, int rounds)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(enricher);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        if (articles.Count == 0)
        {
            return new EnrichmentTimingResult(0, 0, 0, 0, rounds);
        }

        // Warm-up: JIT and the lazily loaded language models.
        foreach (var (title, text) in articles)
        {
            enricher.Enrich(title, text);
        }

        var samples = new List<double>(articles.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (title, text) in articles)
            {
                var started = Stopwatch.GetTimestamp();
                enricher.Enrich(title, text);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        samples.Sort();
        return new EnrichmentTimingResult(Percentile(samples, 0.5), Percentile(samples, 0.95), samples.Average(), articles.Count, rounds);
    }

    private static double Percentile(List<double> sorted, double fraction)
    {
        var rank = fraction * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return Math.Round(sorted[low] + (sorted[high] - sorted[low]) * (rank - low), 3);
    }
}
