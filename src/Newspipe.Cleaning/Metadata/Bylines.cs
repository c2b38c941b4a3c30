using System.Text.RegularExpressions;

namespace Newspipe.Cleaning.Metadata;

/// <summary>
/// Author names from bylines. A byline needs a cue: "By X" / "Von X" / "Par X" / "Por X" at the start of the line
/// (after the name itself at most: "X By X Jun20,2024"), an author label ("Author: X", "Autorin: X"), or a reporter's
/// title ("X, Senior Correspondent"). Two capitalised names after a verb ("Venus stunned by Farina Elia") are a headline.
/// </summary>
internal static partial class Bylines
{
    /// <summary>The author named by a byline line, or null when the line is not a byline.</summary>
    public static string? AuthorOf(string line)
    {
        var text = line.Trim();
        var match = ByCue().Match(text);
        if (match.Success)
        {
            var lead = CleanName(match.Groups["lead"].Value);
            var name = CleanName(match.Groups["name"].Value);
            return LooksLikeName(name) && (lead.Length == 0 || string.Equals(lead, name, StringComparison.OrdinalIgnoreCase)) ? name : null;
        }

        match = AuthorLabel().Match(text);
        if (!match.Success)
        {
            match = ReporterTitle().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var labelled = CleanName(match.Groups["name"].Value);
        return LooksLikeName(labelled) ? labelled : null;
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

    // "By Jane Doe", "Written by Jane Doe on June 19, 2024", "Jane Doe By Jane Doe Jun20,2024", "By Jane Doe | Reuters",
    // "Von Anna Schmidt, 3. Mai 2024", "Par Marie Dupont". Before the cue only the name itself may stand.
    [GeneratedRegex(@"^(?<lead>(?:(?!(?i:written|posted|words|reported)\b)[\p{Lu}][\p{L}.'’-]*\s+){1,4})?(?i:written\s+by|posted\s+by|words\s+by|reported\s+by|by|von|par|por|door)\s*:?\s+(?<name>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}?)(?=\s*(?:$|\b(?i:on|am|le|el|updated|published|aktualisiert|veröffentlicht|publié|publicado)\b|[|,•·–—(-]|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d|\s\d))")]
    private static partial Regex ByCue();

    // "Author: Jane Doe", "Autorin: Anna Schmidt", "Auteur : Marie Dupont", "Reporter: Tom Hale".
    [GeneratedRegex(@"^(?i:author|authors|autor|autorin|autore|auteur|auteure|text|texto|testo|tekst|reporter|reporting|redakteur|redakteurin|correspondent|journalist)\s*:\s*(?<name>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,4}?)\s*(?:$|[|,•·–—(-])")]
    private static partial Regex AuthorLabel();

    // "Jane Doe, Senior Reporter", "Tom Hale – Washington Correspondent", "Anna Schmidt, Korrespondentin in Paris".
    [GeneratedRegex(@"^(?<name>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,4}?)\s*[,|–—-]\s*(?:[\p{L}'’-]+\s+){0,4}?(?i:reporter|correspondent|korrespondent|korrespondentin|correspondant|correspondante|corresponsal|corrispondente|staff writer|redakteur|redakteurin|journalist|journalistin|journaliste|periodista|giornalista|verslaggever|editor)\b.{0,40}$")]
    private static partial Regex ReporterTitle();

    [GeneratedRegex(@"^(?:written\s+by|posted\s+by|reported\s+by|by|von|par|por|door)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingBy();
}
