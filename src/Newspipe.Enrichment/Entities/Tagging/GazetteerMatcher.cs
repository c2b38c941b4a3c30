using Newspipe.Enrichment.Lexicon;

namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>
/// Marks the longest listed names in a sentence as IOB tags over the gazetteer's types (person, organisation,
/// location, and nationality adjectives as a fourth), and classes single words by the word lists.
/// </summary>
internal sealed class GazetteerMatcher(Gazetteer gazetteer, EnglishLexicon lexicon)
{
    private const int DemonymType = 3;

    /// <summary>0 for none, else 1 + 2 * type for the first word of a match and 2 + 2 * type for the others.</summary>
    public int[] Tags(string[] words)
    {
        var tags = new int[words.Length];
        for (var i = 0; i < words.Length;)
        {
            var (length, type) = words[i].Length > 0 && (char.IsUpper(words[i][0]) || char.IsDigit(words[i][0])) ? LongestMatch(words, i) : (0, 0);
            if (length == 0)
            {
                i++;
                continue;
            }

            tags[i] = 1 + 2 * type;
            for (var k = 1; k < length; k++)
            {
                tags[i + k] = 2 + 2 * type;
            }

            i += length;
        }

        return tags;
    }

    public int ClassesOf(string word)
    {
        var lower = word.ToLowerInvariant();
        return (gazetteer.IsGivenName(word) ? WordClass.GivenName : 0)
               | (gazetteer.IsSurnameFirst(word) ? WordClass.SurnameFirst : 0)
               | (gazetteer.IsOrganizationWord(word) ? WordClass.OrganizationWord : 0)
               | (gazetteer.IsLocationWord(word) ? WordClass.LocationWord : 0)
               | (gazetteer.IsTitle(word) ? WordClass.Title : 0)
               | (gazetteer.CountryOfDemonym(word) is not null ? WordClass.Demonym : 0)
               | (gazetteer.IsNeverName(word) ? WordClass.NeverName : 0)
               | (lexicon.IsCommonWord(lower) ? WordClass.CommonWord : 0)
               | (lexicon.IsStopWord(lower) ? WordClass.StopWord : 0)
               | (gazetteer.Find(word) is not null ? WordClass.Listed : 0);
    }

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "of", "for", "and", "the", "on", "de", "du", "da", "del", "la", "le", "al", "von", "van", "der", "den", "&", "-", "'s", "in", "y",
    };

    private (int Length, int Type) LongestMatch(string[] words, int start)
    {
        // Listed names are capitalised words, numbers and a few joining words: look no further than those go.
        var limit = Math.Min(words.Length, start + gazetteer.LongestName);
        var extent = start + 1;
        while (extent < limit && words[extent].Length > 0 && (char.IsUpper(words[extent][0]) || char.IsDigit(words[extent][0]) || Joiners.Contains(words[extent])))
        {
            extent++;
        }

        for (var length = extent - start; length >= 1; length--)
        {
            var name = length == 1 ? words[start] : string.Join(' ', words, start, length);
            if (gazetteer.Find(name) is { } entry)
            {
                return (length, (int)entry.Type);
            }

            if (length <= 3 && gazetteer.CountryOfDemonym(name) is not null)
            {
                return (length, DemonymType);
            }
        }

        return (0, 0);
    }
}
