using System.Collections.Concurrent;
using System.Text.Json;
using Newspipe.Enrichment;

namespace Newspipe.Enrich;

/// <summary>
/// Stored story signatures parsed and prepared once: a recent article is a candidate for many later ones, and parsing
/// its JSON for each was most of the cost of grouping. A stored signature never changes, so its text is the key; the
/// cache is emptied when full (no unbounded growth, and the recent articles that matter come back at once).
/// </summary>
public sealed class StoryProfiles
{
    private const int Capacity = 4096;
    private readonly ConcurrentDictionary<string, StoryProfile> profiles = new(StringComparer.Ordinal);

    public StoryProfile Of(string signature)
    {
        if (profiles.TryGetValue(signature, out var profile))
        {
            return profile;
        }

        if (profiles.Count >= Capacity)
        {
            profiles.Clear();
        }

        var parsed = JsonSerializer.Deserialize<StorySignature>(signature) ?? throw new InvalidDataException("Empty story signature in the store");
        return profiles.GetOrAdd(signature, StoryProfile.Of(parsed));
    }
}
