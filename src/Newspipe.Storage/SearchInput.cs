namespace Newspipe.Storage;

/// <summary>
/// What a person types into a search box, read the way PostgreSQL's <c>websearch_to_tsquery</c> reads it: words all
/// required, <c>"a phrase"</c>, <c>OR</c> between alternatives, <c>-word</c> excluded. Both providers build their query
/// from these clauses, so they agree on its meaning; an exclusion with nothing before it is dropped (FTS5 cannot start
/// with NOT).
/// </summary>
internal static class SearchInput
{
    public static IReadOnlyList<SearchClause> Parse(string input)
    {
        var clauses = new List<SearchClause>();
        var pendingOr = false;
        foreach (var (term, quoted) in Terms(input))
        {
            if (!quoted && term.Equals("OR", StringComparison.OrdinalIgnoreCase))
            {
                pendingOr = clauses.Count > 0;
                continue;
            }

            var negated = !quoted && term.StartsWith('-');
            var text = negated ? term[1..] : term;
            if (!text.Any(char.IsLetterOrDigit) || (negated && clauses.Count == 0))
            {
                continue;
            }

            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Any(char.IsLetterOrDigit)).Select(SpellingVariants.Of).ToList();
            clauses.Add(new SearchClause(negated ? SearchJoin.Not : pendingOr ? SearchJoin.Or : SearchJoin.And, words));
            pendingOr = false;
        }

        return clauses;
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
