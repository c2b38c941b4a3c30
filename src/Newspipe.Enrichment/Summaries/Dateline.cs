using System.Text.RegularExpressions;

namespace Newspipe.Enrichment.Summaries;

/// <summary>
/// The wire-style place-and-agency prefix of a lead sentence ("SEOUL:", "LONDON (Reuters) -", "WASHINGTON, Nov 3 (AP) —",
/// "BERLIN, 3. Mai (dpa) -"): it says where the story was filed, not what happened, so a summary leaves it out.
/// </summary>
internal static partial class Dateline
{
    public static string Strip(string sentence)
    {
        var match = Prefix().Match(sentence);
        if (!match.Success || match.Length >= sentence.Length)
        {
            return sentence;
        }

        var rest = sentence[match.Length..];
        return char.IsLetterOrDigit(rest[0]) || rest[0] is '"' or '“' or '‘' or '\'' or '«' ? rest : sentence;
    }

    // A place in capitals (up to four words, "NEW YORK", "SÃO PAULO"), optionally ", <date or region>" and "(Agency)",
    // then a colon or dash; or an agency in brackets alone, after at most a date word ("Mai (dpa) -", "3 (AP) —").
    [GeneratedRegex(@"^\s*(?:(?:\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[\s/]+\p{Lu}[\p{Lu}\p{M}.'’-]+){0,3})(?:\s*,\s*[^()\n:;–—]{1,40}?)?(?:\s*\([^()\n]{1,40}\))?|(?:(?:\d{1,2}\.?|\p{Lu}[\p{Ll}.]{1,11})\s+)?\([^()\n]{1,30}\))\s*(?:[:–—]|-{1,2})\s+")]
    private static partial Regex Prefix();
}
