using System.Diagnostics;
using AngleSharp.Html.Parser;
using Newspipe.Cleaning;
using Newspipe.Contracts;

namespace Newspipe.Benchmarks.Extraction;

/// <summary>Times <see cref="ArticleCleaner.Clean"/> against a bare AngleSharp parse of the same benchmark pages.</summary>
public static class ExtractionTiming
{
    /// <summary>
    /// Each page is parsed and cleaned once per round, interleaved so both see the same machine load; a page's time is its
    /// fastest round (the least disturbed by other processes), and the report gives the median and 95th percentile over pages.
    /// </summary>
    public static TimingReport Measure(string benchmarkDir, ArticleCleaner cleaner, int rounds = 3)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var pages = BenchmarkPage.LoadAll(benchmarkDir);
        var parser = new HtmlParser();

        // One warm-up pass so JIT and first-use costs are not billed to either side.
        foreach (var page in pages)
        {
            parser.ParseDocument(page.Html);
            CleanQuietly(cleaner, page.Html);
        }

        var cleanTimes = Enumerable.Repeat(double.MaxValue, pages.Count).ToArray();
        var parseTimes = Enumerable.Repeat(double.MaxValue, pages.Count).ToArray();
        var watch = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                watch.Restart();
                parser.ParseDocument(pages[i].Html);
                parseTimes[i] = Math.Min(parseTimes[i], watch.Elapsed.TotalMilliseconds);

                watch.Restart();
                CleanQuietly(cleaner, pages[i].Html);
                cleanTimes[i] = Math.Min(cleanTimes[i], watch.Elapsed.TotalMilliseconds);
            }
        }

        var cleanMedian = Percentile(cleanTimes, 0.5);
        var parseMedian = Percentile(parseTimes, 0.5);
        return new TimingReport(
            pages.Count,
            rounds,
            cleanMedian,
            Percentile(cleanTimes, 0.95),
            parseMedian,
            Percentile(parseTimes, 0.95),
            parseMedian == 0 ? 0 : cleanMedian / parseMedian);
    }

    private static void CleanQuietly(ArticleCleaner cleaner, string html)
    {
        try
        {
            cleaner.Clean(html, ArticleFormat.Html);
        }
        catch (CleaningException)
        {
            // A page without an article still costs its time; the benchmark scores it, timing does not care.
        }
    }

    private static double Percentile(double[] values, double quantile)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var index = (int)Math.Ceiling(quantile * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
