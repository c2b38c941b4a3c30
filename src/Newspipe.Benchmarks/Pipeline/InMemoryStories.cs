using Newspipe.Enrichment;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// Story grouping for the benchmark's limit: the same keys, candidates and comparisons as the store's index, held in
/// memory (no database), so the limit measures the stage logic alone.
/// </summary>
internal sealed class InMemoryStories
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, List<int>> postings = [];
    private readonly List<(Guid Id, Guid StoryId, ulong SimHash, StoryProfile Profile)> articles = [];

    public (Guid StoryId, Guid? DuplicateOf) Assign(Guid id, ArticleEnrichment enrichment)
    {
        var keys = StoryKeys.Of(enrichment.SimHash, enrichment.Signature);
        var profile = StoryProfile.Of(enrichment.Signature);
        lock (gate)
        {
            var candidates = keys.SelectMany(k => postings.TryGetValue(k, out var list) ? list : []).Distinct().Order().Select(i => articles[i]).ToList();
            var duplicateOf = candidates.FirstOrDefault(c => StoryMatching.IsNearDuplicate(enrichment.SimHash, c.SimHash)).Id;
            var best = candidates
                .Select(c => (c.StoryId, Score: StoryMatching.StorySimilarity(profile, c.Profile)))
                .Where(c => c.Score >= StoryMatching.SameStoryThreshold)
                .OrderByDescending(c => c.Score)
                .FirstOrDefault();
            var storyId = best.StoryId == Guid.Empty ? id : best.StoryId;
            articles.Add((id, storyId, enrichment.SimHash, profile));
            foreach (var key in keys)
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(articles.Count - 1);
            }

            return (storyId, duplicateOf == Guid.Empty ? null : duplicateOf);
        }
    }
}
