namespace Newspipe.Storage;

/// <summary>
/// British and American spellings of a word, so a search for "defense" finds "defence" too: stemming alone never joins
/// them. Each rule swaps word endings (with their inflections). Endings safe on any word are applied to any word: at
/// worst they add a non-word ("sense" → "sence") that matches nothing. Endings that would change a word's meaning
/// elsewhere ("tour" → "tor", "meter" of "parameter") apply only to the listed roots.
/// </summary>
internal static class SpellingVariants
{
    private sealed record Rule((string British, string American)[] Endings, string[]? Roots = null);

    private static readonly Rule[] Rules =
    [
        new([("ence", "ense"), ("ences", "enses"), ("enced", "ensed"), ("encing", "ensing")]),
        new([
            ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("iser", "izer"), ("isers", "izers"),
            ("isation", "ization"), ("isations", "izations"),
        ]),
        new([("yse", "yze"), ("ysed", "yzed"), ("yses", "yzes"), ("ysing", "yzing")]),
        new(
            [
                ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"), ("ourites", "orites"),
                ("ourable", "orable"), ("ourably", "orably"), ("ourful", "orful"), ("ourhood", "orhood"), ("ourer", "orer"),
                ("ourers", "orers"), ("oury", "ory"),
            ],
            ["arm", "behavi", "col", "endeav", "fav", "flav", "harb", "hon", "hum", "lab", "neighb", "od", "parl", "rig", "rum",
             "sav", "savi", "tum", "val", "vap", "vig"]),
        new(
            [("re", "er"), ("res", "ers"), ("red", "ered"), ("ring", "ering")],
            ["calib", "cent", "centimet", "fib", "kilomet", "lit", "lust", "meag", "met", "millimet", "sab", "somb", "spect", "theat"]),
        new([("ogue", "og"), ("ogues", "ogs"), ("ogued", "oged"), ("oguing", "oging")], ["anal", "catal", "dial", "epil", "monol", "prol"]),
    ];

    /// <summary>The word as given, then its other spellings (lower case); only the word when no rule applies.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        var lower = word.ToLowerInvariant();
        var spellings = new List<string> { word };
        if (!lower.All(char.IsAsciiLetterLower))
        {
            return spellings;
        }

        foreach (var rule in Rules)
        {
            foreach (var (british, american) in rule.Endings)
            {
                if ((Swap(lower, british, american, rule.Roots) ?? Swap(lower, american, british, rule.Roots)) is { } other &&
                    !spellings.Contains(other))
                {
                    spellings.Add(other);
                }
            }
        }

        return spellings;
    }

    private static string? Swap(string word, string from, string to, string[]? roots)
    {
        if (!word.EndsWith(from, StringComparison.Ordinal) || word.Length == from.Length)
        {
            return null;
        }

        var root = word[..^from.Length];
        return roots is null || roots.Contains(root) ? root + to : null;
    }
}
