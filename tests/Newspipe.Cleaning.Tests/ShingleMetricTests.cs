using Newspipe.Benchmarks.Extraction;

namespace Newspipe.Cleaning.Tests;

public sealed class ShingleMetricTests
{
    [Fact]
    public void Identical_texts_match_completely_whatever_the_punctuation()
    {
        var (tp, fp, fn) = ShingleMetric.Compare("One two, three four five.", "One two three\n\nfour five");

        Assert.Equal((2, 0, 0), (tp, fp, fn));
    }

    [Fact]
    public void Extra_and_missing_shingles_count_as_false_positives_and_negatives()
    {
        // truth shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x]
        var (tp, fp, fn) = ShingleMetric.Compare("a b c d e", "a b c d x");

        Assert.Equal((1, 1, 1), (tp, fp, fn));
        Assert.Equal(0.5, ShingleMetric.Precision(tp, fp));
        Assert.Equal(0.5, ShingleMetric.Recall(tp, fn));
    }

    [Fact]
    public void Tokens_are_case_sensitive_and_unicode_aware()
    {
        Assert.Equal(["Über straße 2024 ελληνικά"], ShingleMetric.Shingles("Über straße—2024 ελληνικά").Keys);
        Assert.Equal((0, 1, 1), ShingleMetric.Compare("Word", "word"));
    }

    [Fact]
    public void Repeated_shingles_are_counted_as_a_multiset()
    {
        var (tp, fp, fn) = ShingleMetric.Compare("x", "x x x x x x x x");

        Assert.Equal(0, tp);
        Assert.Equal(5, fp);
        Assert.Equal(1, fn);
    }

    [Fact]
    public void Empty_prediction_has_no_precision_and_zero_recall()
    {
        var (tp, fp, fn) = ShingleMetric.Compare("some words here", "");

        Assert.Null(ShingleMetric.Precision(tp, fp));
        Assert.Equal(0.0, ShingleMetric.Recall(tp, fn));
    }
}
