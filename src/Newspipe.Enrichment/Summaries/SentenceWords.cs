using System.Text.RegularExpressions;

namespace Newspipe.Enrichment.Summaries;

/// <summary>The words of a sentence as a set, and when one sentence repeats another.</summary>
internal static partial class SentenceWords
{
    // Share of the shorter sentence's words found in the longer one above which it says nothing new.
    private const double Contained = 0.8;
    private const double Overlap = 0.5;
    private const int MinWords = 4;

    public static HashSet<string> Of(string sentence) =>
        Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Exact and near-exact repeats: most words shared (Jaccard), or the shorter one almost wholly inside the longer
    /// (a sub-headline repeated as the opening sentence with a clause added).
    /// </summary>
    public static bool Repeats(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var shared = a.Count(b.Contains);
        var jaccard = (double)shared / (a.Count + b.Count - shared);
        var smaller = Math.Min(a.Count, b.Count);
        return jaccard > Overlap || (smaller >= MinWords && shared >= smaller * Contained);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
