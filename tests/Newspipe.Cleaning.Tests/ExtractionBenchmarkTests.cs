using Newspipe.Benchmarks.Extraction;
using Newspipe.Testing;

namespace Newspipe.Cleaning.Tests;

public sealed class ExtractionBenchmarkTests
{
    [Fact]
    public void Html_extraction_scores_at_least_the_reached_f1_on_the_benchmark()
    {
        var score = ExtractionBenchmark.Evaluate(RepoPaths.ExtractionBenchmark, new ArticleCleaner());

        Assert.Equal(181, score.Documents);
        Assert.Equal(181, score.PerDocument.Count);
        Assert.True(score.F1 >= 0.985, $"F1 {score.F1:F4} (P {score.Precision:F4}, R {score.Recall:F4}) fell below 0.985");
    }

    [Fact]
    public void Timing_reports_clean_and_parse_times_for_every_page()
    {
        var report = ExtractionTiming.Measure(RepoPaths.ExtractionBenchmark, new ArticleCleaner(), rounds: 1);

        Assert.Equal(181, report.Pages);
        Assert.True(report.CleanMedianMs > 0 && report.ParseMedianMs > 0);
        Assert.True(report.CleanMedianMs >= report.ParseMedianMs, "cleaning includes a parse, so it cannot be faster than one");
        Assert.Equal(report.CleanMedianMs / report.ParseMedianMs, report.CleanToParseRatio, 6);
    }
}
