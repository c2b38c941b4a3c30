using System.Text;

namespace Newspipe.Storage;

/// <summary>
/// Turns what a person types into an FTS5 query that cannot be a syntax error, with the meaning PostgreSQL's
/// <c>websearch_to_tsquery</c> gives it: words all required, <c>"a phrase"</c>, <c>OR</c> between alternatives,
/// <c>-word</c> excluded. Every term is quoted, so FTS5 operators and punctuation in the input are only text.
/// </summary>
internal static class Fts5Query
{
    /// <summary>The FTS5 query, or null when the input holds no word to look for.</summary>
    public static string? From(string input)
    {
        var query = new StringBuilder();
        var pendingOr = false;
        foreach (var (term, quoted) in Terms(input))
        {
            if (!quoted && term.Equals("OR", StringComparison.OrdinalIgnoreCase))
            {
                pendingOr = query.Length > 0;
                continue;
            }

            var negated = !quoted && term.StartsWith('-');
            var text = negated ? term[1..] : term;
            if (!text.Any(char.IsLetterOrDigit) || (negated && query.Length == 0))
            {
                continue;
            }

            query.Append(query.Length == 0 ? "" : negated ? " NOT " : pendingOr ? " OR " : " AND ");
            query.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            pendingOr = false;
        }

        return query.Length == 0 ? null : query.ToString();
    }

    private static IEnumerable<(string Term, bool Quoted)> Terms(string input)
    {
        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }

            if (input[i] == '"')
            {
                var end = input.IndexOf('"', i + 1);
                end = end < 0 ? input.Length : end;
                yield return (input[(i + 1)..end], true);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
            {
                i++;
            }

            yield return (input[start..i], false);
        }
    }
}
