using System.Text.Json;
using Newspipe.Enrichment;
using Newspipe.Storage;

namespace Newspipe.Enrich;

/// <summary>Puts an enriched article into a story, comparing it with what every worker stored before (the store is the shared memory).</summary>
public sealed class StoryGrouping(StoryIndex index, StoryProfiles profiles)
{
    /// <summary>
    /// <paramref name="at"/> is the article's time (when it entered the pipeline): it joins only stories with an
    /// article within the store's story window of it.
    /// </summary>
    public Task<StoryAssignment> AssignAsync(Guid articleId, DateTimeOffset at, ArticleEnrichment enrichment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enrichment);
        var entry = new StoryEntry(
            articleId,
            at.UtcDateTime,
            enrichment.SimHash,
            JsonSerializer.Serialize(enrichment.Signature),
            StoryKeys.Of(enrichment.SimHash, enrichment.Signature));
        var profile = StoryProfile.Of(enrichment.Signature);
        return index.AssignAsync(
            entry,
            (simHash, _) => StoryMatching.IsNearDuplicate(enrichment.SimHash, simHash),
            other => StoryMatching.StorySimilarity(profile, profiles.Of(other)),
            StoryMatching.SameStoryThreshold,
            cancellationToken);
    }
}
