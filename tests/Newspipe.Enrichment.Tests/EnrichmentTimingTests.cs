using Newspipe.Benchmarks.Enrichment;
using Newspipe.Enrichment;
using Xunit.Abstractions;

namespace Newspipe.Enrichment.Tests;

[Collection(TimingCollection.Name)]
public sealed class EnrichmentTimingTests(EnricherFixture fixture, ITestOutputHelper output) : IClassFixture<EnricherFixture>
{
    [Fact]
    public void A_thousand_word_article_takes_well_under_the_budget()
    {
        // About 1,000 words: the five seeds' bodies one after another, cut at 1,000 words.
        var words = string.Join("\n\n", TestArticles.Seeds.Select(s => s.Text)).Split(' ');
        var article = string.Join(' ', words.Take(1000));

        var timing = EnrichmentTiming.Measure([("Russia and North Korea sign a defence pact", article)], fixture.Enricher, rounds: 20);
        output.WriteLine($"median {timing.MedianMs} ms, p95 {timing.P95Ms} ms");

        Assert.Equal(20, timing.Rounds);
        // The target is well under 20 ms; the bound leaves room for a loaded two-core CI machine.
        Assert.InRange(timing.MedianMs, 0.01, 50);
        Assert.True(timing.P95Ms >= timing.MedianMs);
    }
}
