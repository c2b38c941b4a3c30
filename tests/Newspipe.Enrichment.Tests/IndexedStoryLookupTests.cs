using System.Text.Json;
using Newspipe.Enrich;
using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.Enrichment.Tests;

/// <summary>
/// Story grouping from the index gives the answers the scan of every earlier signature gave (the grouping before
/// the index), article by article, on the seeds and on same-story and different-story sets built here.
/// </summary>
public sealed class IndexedStoryLookupTests(EnricherFixture fixture) : IClassFixture<EnricherFixture>
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task The_index_groups_articles_as_the_full_scan_did(StoreProvider provider)
    {
        var articles = Articles();
        await using var store = await TestStore.CreateAsync(provider);
        var grouping = new StoryGrouping(store.Stories, new StoryProfiles());
        var scan = new FullScan();
        var at = DateTimeOffset.UtcNow;

        var stories = new Dictionary<string, Guid>();
        foreach (var (name, title, text) in articles)
        {
            var id = Guid.NewGuid();
            var enrichment = fixture.Enricher.Enrich(title, text);
            var indexed = await grouping.AssignAsync(id, at, enrichment, CancellationToken.None);
            var scanned = scan.Assign(id, enrichment);

            Assert.True(scanned == indexed, $"{name}: the scan gives {scanned}, the index {indexed}");
            stories[name] = indexed.StoryId;
        }

        // The sets are what they claim to be, so the comparison above covered joins, new stories and copies.
        Assert.Single(stories.Where(s => s.Key.StartsWith("seed ", StringComparison.Ordinal)).Select(s => s.Value).Distinct());
        var pages = articles.Where(a => a.Name.StartsWith("page ", StringComparison.Ordinal) && a.Title.Length == 0 && !a.Name.EndsWith(" copy", StringComparison.Ordinal))
            .Select(a => a.Name).ToList();
        Assert.True(pages.Select(p => stories[p]).Distinct().Count() > pages.Count * 3 / 4, $"different-story pages mostly open their own stories: {pages.Select(p => stories[p]).Distinct().Count()} stories for {pages.Count}");
        var joined = pages.Count(p => stories.ContainsKey(p + " rewrite") && stories[p + " rewrite"] == stories[p]);
        Assert.True(joined >= Rewritten * 9 / 10, $"only {joined} of {Rewritten} rewrites joined their original's story");
        Assert.True(pages.Take(Rewritten).All(p => stories[p + " copy"] == stories[p]));
    }

    private const int Rewritten = 40;

    /// <summary>
    /// The seeds; the benchmark's news texts (different stories); for some of them a rewrite (the second half of the
    /// text first, the first paragraphs dropped, another headline: the same story) and a lightly edited copy (a
    /// near-duplicate).
    /// </summary>
    private static List<(string Name, string Title, string Text)> Articles()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ExtractionBenchmark, "ground-truth.json")));
        var pages = truth.RootElement.EnumerateObject()
            .Select(p => (Name: "page " + p.Name, Text: p.Value.GetProperty("articleBody").GetString() ?? ""))
            .Where(p => p.Text.Length > 1500)
            .ToList();
        var articles = TestArticles.Seeds.Select(s => ("seed " + s.FileName, s.Title, s.Text)).ToList();
        articles.AddRange(pages.Select(p => (p.Name, "", p.Text)));
        foreach (var page in pages.Take(Rewritten))
        {
            var paragraphs = page.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var half = paragraphs.Length / 2;
            var rewrite = paragraphs[half..].Concat(paragraphs[1..half].Where((_, i) => i % 2 == 0));
            articles.Add((page.Name + " rewrite", "Latest: " + paragraphs[^1], string.Join("\n\n", rewrite)));
            articles.Add((page.Name + " copy", "", page.Text.Replace(" the ", " a ", StringComparison.Ordinal) + "\n\nFirst published elsewhere."));
        }

        return articles;
    }

    /// <summary>The grouping before the index: every earlier article compared, earliest first.</summary>
    private sealed class FullScan
    {
        private readonly List<(Guid Id, Guid StoryId, ulong SimHash, StorySignature Signature)> seen = [];

        public StoryAssignment Assign(Guid id, ArticleEnrichment enrichment)
        {
            var duplicateOf = seen.FirstOrDefault(s => StoryMatching.IsNearDuplicate(enrichment.SimHash, s.SimHash)).Id;
            var best = seen
                .Select(s => (s.StoryId, Score: StoryMatching.StorySimilarity(enrichment.Signature, s.Signature)))
                .Where(s => s.Score >= StoryMatching.SameStoryThreshold)
                .OrderByDescending(s => s.Score)
                .FirstOrDefault();
            var storyId = best.StoryId == Guid.Empty ? id : best.StoryId;
            seen.Add((id, storyId, enrichment.SimHash, enrichment.Signature));
            return new StoryAssignment(storyId, duplicateOf == Guid.Empty ? null : duplicateOf);
        }
    }
}
