using System.Text;

namespace Newspipe.Storage;

/// <summary>
/// The FTS5 query of what a person typed (<see cref="SearchInput"/>), which cannot be a syntax error: every term is
/// quoted, so FTS5 operators and punctuation in the input are only text. A word with other spellings becomes
/// <c>("defence" OR "defense")</c>; an FTS5 phrase cannot hold an OR, so a phrase becomes an OR of its spellings, at
/// most <see cref="MaxPhrases"/> of them (the first spelling of each word first).
/// </summary>
internal static class Fts5Query
{
    public const int MaxPhrases = 8;

    /// <summary>The FTS5 query, or null when the input holds no word to look for.</summary>
    public static string? From(string input)
    {
        var query = new StringBuilder();
        foreach (var clause in SearchInput.Parse(input))
        {
            query.Append(query.Length == 0 ? "" : clause.Join switch { SearchJoin.Not => " NOT ", SearchJoin.Or => " OR ", _ => " AND " });
            var phrases = Phrases(clause.Words).Take(MaxPhrases).Select(p => '"' + p.Replace("\"", "\"\"", StringComparison.Ordinal) + '"').ToList();
            query.Append(phrases.Count == 1 ? phrases[0] : "(" + string.Join(" OR ", phrases) + ")");
        }

        return query.Length == 0 ? null : query.ToString();
    }

    // Lazily, so a long phrase of many spellings never builds more than it takes.
    private static IEnumerable<string> Phrases(IReadOnlyList<IReadOnlyList<string>> words) =>
        words.Count == 0
            ? [""]
            : Phrases(words.Take(words.Count - 1).ToList()).SelectMany(start => words[^1].Select(w => start.Length == 0 ? w : start + " " + w));
}
