using System.Text;

namespace Newspipe.Storage;

/// <summary>
/// The PostgreSQL <c>to_tsquery</c> text of what a person typed (<see cref="SearchInput"/>): words joined by
/// <c>&amp;</c>, <c>|</c> and <c>&amp; !</c>, a phrase by <c>&lt;-&gt;</c>, a word's spellings by <c>|</c> (a tsquery
/// phrase may hold alternatives). Every word is a quoted operand, so the input's operators and punctuation are only
/// text and the query is never a syntax error; PostgreSQL still stems each word and drops its stop words.
/// </summary>
internal static class TsQuery
{
    /// <summary>The tsquery text, or null when the input holds no word to look for.</summary>
    public static string? From(string input)
    {
        var query = new StringBuilder();
        foreach (var clause in SearchInput.Parse(input))
        {
            query.Append(query.Length == 0 ? "" : clause.Join switch { SearchJoin.Not => " & !", SearchJoin.Or => " | ", _ => " & " });
            query.Append('(').AppendJoin(" <-> ", clause.Words.Select(Spellings)).Append(')');
        }

        return query.Length == 0 ? null : query.ToString();
    }

    private static string Spellings(IReadOnlyList<string> spellings) =>
        "(" + string.Join(" | ", spellings.Select(s => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'")) + ")";
}
