using System.Text.Json;
using Newspipe.Enrichment;
using Newspipe.Testing;

namespace Newspipe.Enrichment.Tests;

public sealed class StoryMatchingTests(EnricherFixture fixture) : IClassFixture<EnricherFixture>
{
    [Fact]
    public void The_five_seeds_are_one_story_pairwise()
    {
        var seeds = TestArticles.Seeds.Select(s => (s.FileName, fixture.Enricher.Enrich(s.Title, s.Text).Signature)).ToList();

        foreach (var (nameA, a) in seeds)
        {
            foreach (var (nameB, b) in seeds.Where(s => s.FileName != nameA))
            {
                var similarity = StoryMatching.StorySimilarity(a, b);
                Assert.True(similarity >= StoryMatching.SameStoryThreshold, $"{nameA} ~ {nameB}: {similarity}");
            }
        }
    }

    [Fact]
    public void No_seed_is_a_near_duplicate_of_another()
    {
        var hashes = TestArticles.Seeds.Select(s => fixture.Enricher.Enrich(s.Title, s.Text).SimHash).ToList();

        for (var i = 0; i < hashes.Count; i++)
        {
            for (var j = i + 1; j < hashes.Count; j++)
            {
                Assert.False(StoryMatching.IsNearDuplicate(hashes[i], hashes[j]), $"seeds {i} and {j}");
            }
        }
    }

    [Fact]
    public void A_lightly_edited_copy_is_a_near_duplicate()
    {
        var seed = TestArticles.Seeds[1];
        var copy = seed.Text.Replace("Tuesday evening", "Tuesday night", StringComparison.Ordinal).Replace("\n\n", "\n\n\n", StringComparison.Ordinal)
                   + "\n\nThis article was first published by another outlet.";

        var original = fixture.Enricher.Enrich(seed.Title, seed.Text).SimHash;
        var edited = fixture.Enricher.Enrich(seed.Title, copy).SimHash;

        Assert.NotEqual(original, edited);
        Assert.True(StoryMatching.IsNearDuplicate(original, edited));
    }

    [Fact]
    public void Unrelated_articles_do_not_join_the_seed_story_or_each_other()
    {
        var seeds = TestArticles.Seeds.Select(s => fixture.Enricher.Enrich(s.Title, s.Text).Signature).ToList();
        var unrelated = TestArticles.Unrelated().Select(u => (u.Name, fixture.Enricher.Enrich(u.Title, u.Text).Signature)).ToList();

        foreach (var (name, signature) in unrelated)
        {
            var closest = seeds.Max(s => StoryMatching.StorySimilarity(s, signature));
            Assert.True(closest < StoryMatching.SameStoryThreshold, $"{name} joins the seed story: {closest}");
            foreach (var (otherName, other) in unrelated.Where(u => u.Name != name))
            {
                Assert.True(StoryMatching.StorySimilarity(signature, other) < StoryMatching.SameStoryThreshold, $"{name} ~ {otherName}");
            }
        }
    }

    [Fact]
    public void Benchmark_news_articles_do_not_join_the_seed_story()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ExtractionBenchmark, "ground-truth.json")));
        var bodies = truth.RootElement.EnumerateObject().Select(p => p.Value.GetProperty("articleBody").GetString()!).ToList();
        var seeds = TestArticles.Seeds.Select(s => fixture.Enricher.Enrich(s.Title, s.Text).Signature).ToList();

        var joined = bodies.Where(b => seeds.Any(s => StoryMatching.StorySimilarity(s, fixture.Enricher.Enrich(string.Empty, b).Signature) >= StoryMatching.SameStoryThreshold)).ToList();

        Assert.True(bodies.Count > 100);
        Assert.Empty(joined);
    }

    [Fact]
    public void Similarity_is_symmetric_bounded_and_one_for_the_same_article()
    {
        var a = fixture.Enricher.Enrich(TestArticles.Seeds[0].Title, TestArticles.Seeds[0].Text).Signature;
        var b = fixture.Enricher.Enrich(TestArticles.Seeds[3].Title, TestArticles.Seeds[3].Text).Signature;

        Assert.Equal(StoryMatching.StorySimilarity(a, b), StoryMatching.StorySimilarity(b, a));
        Assert.InRange(StoryMatching.StorySimilarity(a, b), 0, 1);
        Assert.Equal(1.0, StoryMatching.StorySimilarity(a, a), 6);
    }

    [Fact]
    public void Results_are_the_same_from_a_second_enricher_and_from_parallel_calls()
    {
        var seeds = TestArticles.Seeds;
        var sequential = seeds.Select(s => fixture.Enricher.Enrich(s.Title, s.Text)).ToList();
        var parallel = new ArticleEnrichment[seeds.Count * 4];
        Parallel.For(0, parallel.Length, i => parallel[i] = fixture.Enricher.Enrich(seeds[i % seeds.Count].Title, seeds[i % seeds.Count].Text));
        var other = new ArticleEnricher();

        for (var i = 0; i < parallel.Length; i++)
        {
            var expected = sequential[i % seeds.Count];
            AssertSame(expected, parallel[i]);
        }

        AssertSame(sequential[2], other.Enrich(seeds[2].Title, seeds[2].Text));
    }

    private static void AssertSame(ArticleEnrichment expected, ArticleEnrichment actual)
    {
        Assert.Equal(expected.SimHash, actual.SimHash);
        Assert.Equal(expected.Signature.EntityKeys, actual.Signature.EntityKeys);
        Assert.Equal(expected.Signature.Keywords, actual.Signature.Keywords);
        Assert.Equal(expected.Signature.MinHash, actual.Signature.MinHash);
        Assert.Equal(expected.Entities, actual.Entities);
        Assert.Equal(expected.Quotes, actual.Quotes);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(expected.Language, actual.Language);
    }
}
