namespace Newspipe.Cleaning.Metadata;

/// <summary>Headline clean-up: page titles often carry the site name ("Headline | Outlet", "Headline - Outlet").</summary>
internal static class TitleText
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " ~ "];

    public static string WithoutSiteName(string title, string? outlet)
    {
        var trimmed = title.Trim();
        foreach (var separator in Separators)
        {
            var index = trimmed.LastIndexOf(separator, StringComparison.Ordinal);
            if (index <= 0)
            {
                continue;
            }

            var head = trimmed[..index].Trim();
            var tail = trimmed[(index + separator.Length)..].Trim();
            var tailIsOutlet = outlet is not null && (Same(tail, outlet) || tail.Contains(outlet, StringComparison.OrdinalIgnoreCase));
            var tailIsShortLabel = separator == " | " && WordCount(tail) <= 4 && WordCount(head) >= 3;
            if (tailIsOutlet || tailIsShortLabel)
            {
                return WithoutSiteName(head, outlet);
            }
        }

        return trimmed;
    }

    /// <summary>
    /// A stand-in headline for an article that has none (a text file that is one long line): its first sentence, or
    /// its first words when that is long, so no article is listed untitled.
    /// </summary>
    public static string FromText(string text, int maxChars = 120)
    {
        var start = text.AsSpan().TrimStart();
        var paragraph = start[..Math.Min(start.Length, maxChars * 4)];
        var newline = paragraph.IndexOf('\n');
        paragraph = newline >= 0 ? paragraph[..newline] : paragraph;
        var stop = paragraph.IndexOfAny(".!?");
        var sentence = (stop > 0 ? paragraph[..(stop + 1)] : paragraph).Trim();
        if (sentence.Length <= maxChars)
        {
            return sentence.ToString();
        }

        var cut = sentence[..maxChars].LastIndexOf(' ');
        return string.Concat(sentence[..(cut > maxChars / 2 ? cut : maxChars)].TrimEnd(), "…");
    }

    public static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Letters and digits only, single-spaced: compares headlines across punctuation and markup differences.</summary>
    public static string Normalize(string text)
    {
        var buffer = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && buffer.Length > 0)
                {
                    buffer.Append(' ');
                }

                buffer.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return buffer.ToString();
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
