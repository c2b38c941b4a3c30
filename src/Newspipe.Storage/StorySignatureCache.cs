using System.Collections.Concurrent;

namespace Newspipe.Storage;

/// <summary>
/// Stored story signatures by article id. A recent article is a candidate for many later ones, and reading its
/// signature (about a kilobyte of JSON) again for each of them was most of the cost of a candidate lookup, which on
/// SQLite runs inside the one writer. A stored signature never changes, so a cached one is never stale; the cache is
/// emptied when full (bounded memory; the recent articles that matter come back at once).
/// </summary>
internal sealed class StorySignatureCache
{
    private const int Capacity = 8192;
    private readonly ConcurrentDictionary<Guid, string> signatures = new();

    public bool TryGet(Guid articleId, out string signature) => signatures.TryGetValue(articleId, out signature!);

    public void Add(Guid articleId, string signature)
    {
        if (signatures.Count >= Capacity)
        {
            signatures.Clear();
        }

        signatures[articleId] = signature;
    }
}
