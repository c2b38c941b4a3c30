using System.Text.RegularExpressions;

namespace Newspipe.Cleaning.Metadata;

/// <summary>Author names from bylines ("By X", "Written by X on June 19, 2024", "X By X Jun20,2024").</summary>
internal static partial class Bylines
{
    /// <summary>The author named by a byline line, or null when the line is not a byline.</summary>
    public static string? AuthorOf(string line)
    {
        var match = BylinePattern().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }

        var name = CleanName(match.Groups["name"].Value);
        return LooksLikeName(name) ? name : null;
    }

    public static string CleanName(string name)
    {
        var cleaned = LeadingBy().Replace(name.Trim(), "");
        cleaned = Regex.Replace(cleaned, @"\s+", " ").Trim().TrimEnd(',', '|', '-', '–', '·', ':').Trim();
        return cleaned;
    }

    /// <summary>Two to five capitalised words (initials and particles allowed): a person's name, not a sentence.</summary>
    public static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && text.Length <= 60
            && words.Count(w => char.IsUpper(w[0])) >= words.Length - 1
            && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
            && !words.Any(w => w.Any(char.IsDigit));
    }

    // "By Jane Doe", "Written by Jane Doe on June 19, 2024", "Jane Doe By Jane Doe Jun20,2024", "By Jane Doe | Reuters"
    [GeneratedRegex(@"^(?:.{0,60}?\b)?(?i:written\s+by|posted\s+by|words\s+by|by)\s*:?\s+(?<name>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}?)(?=\s*(?:$|\b(?i:on|updated|published)\b|[|,•·–—-]|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d|\s\d))")]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"^(?:written\s+by|posted\s+by|by)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingBy();
}
