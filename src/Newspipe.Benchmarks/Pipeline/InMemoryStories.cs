using Newspipe.Enrichment;
using Newspipe.Storage;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// Story grouping for the benchmark's limit: the same keys, candidates and comparisons as the store's index, held in
/// memory (no database), so the limit measures the stage logic alone.
/// </summary>
internal sealed class InMemoryStories
{
    private static readonly StoreOptions Limits = new();

    private readonly Lock gate = new();
    private readonly Dictionary<long, List<int>> postings = [];
    private readonly List<(Guid Id, Guid StoryId, ulong SimHash, StoryProfile Profile)> articles = [];

    public (Guid StoryId, Guid? DuplicateOf) Assign(Guid id, ArticleEnrichment enrichment)
    {
        var keys = StoryKeys.Of(enrichment.SimHash, enrichment.Signature);
        var profile = StoryProfile.Of(enrichment.Signature);
        lock (gate)
        {
            // The store's default limits: each key's newest postings (here: latest arrived; every bench article is
            // within the story window), then the articles sharing the most keys, earliest first.
            var candidates = keys
                .SelectMany(k => postings.TryGetValue(k, out var list) ? list.Skip(Math.Max(0, list.Count - Limits.StoryKeyPostingLimit)) : [])
                .CountBy(i => i)
                .OrderByDescending(shared => shared.Value)
                .ThenBy(shared => articles[shared.Key].Id)
                .Take(Limits.StoryCandidateLimit)
                .Select(shared => shared.Key)
                .Order()
                .Select(i => articles[i])
                .ToList();
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
