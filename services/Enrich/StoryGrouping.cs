using System.Text.Json;
using Newspipe.Enrichment;
using Newspipe.Storage;

namespace Newspipe.Enrich;

/// <summary>Puts an enriched article into a story, comparing it with what every worker stored before (the store is the shared memory).</summary>
public sealed class StoryGrouping(StoryIndex index)
{
    public Task<StoryAssignment> AssignAsync(Guid articleId, ArticleEnrichment enrichment, CancellationToken cancellationToken)
    {
        var signature = JsonSerializer.Serialize(enrichment.Signature);
        return index.AssignAsync(
            articleId,
            enrichment.SimHash,
            signature,
            (simHash, _) => StoryMatching.IsNearDuplicate(enrichment.SimHash, simHash),
            other => StoryMatching.StorySimilarity(enrichment.Signature, Parse(other)),
            StoryMatching.SameStoryThreshold,
            cancellationToken);
    }

    private static StorySignature Parse(string json) =>
        JsonSerializer.Deserialize<StorySignature>(json) ?? throw new InvalidDataException("Empty story signature in the store");
}
