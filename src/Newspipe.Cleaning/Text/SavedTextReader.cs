using System.Text.RegularExpressions;

namespace Newspipe.Cleaning.Text;

/// <summary>
/// Splits text saved from a page into paragraphs: one per line, except hard-wrapped lines that continue a sentence.
/// Markdown links and images become their text; in Markdown, emphasis and heading marks are dropped too.
/// </summary>
internal static partial class SavedTextReader
{
    public static List<TextLine> Read(string text, bool markdown)
    {
        var lines = new List<TextLine>();
        string? pendingOutput = null;
        string? pendingPlain = null;
        var pendingList = false;
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (markdown && ReferenceDefinition().IsMatch(line))
            {
                continue;
            }

            var output = Flatten(line, markdown).Trim();
            var marker = ListMarker().Match(output);
            var plain = marker.Success ? output[marker.Length..].Trim() : output;
            if (plain.Length == 0)
            {
                Flush();
                continue;
            }

            var continues = pendingPlain is not null && !marker.Success && !pendingList
                && !TextLine.EndsSentence(pendingPlain) && plain.Length > 0 && char.IsLower(plain[0]);
            if (continues)
            {
                pendingOutput += "\n" + output;
                pendingPlain += " " + plain;
                continue;
            }

            Flush();
            pendingOutput = output;
            pendingPlain = plain;
            pendingList = marker.Success;
        }

        Flush();
        return lines;

        void Flush()
        {
            if (pendingOutput is not null && pendingPlain is not null)
            {
                lines.Add(new TextLine(pendingOutput, pendingPlain, pendingList));
            }

            pendingOutput = null;
            pendingPlain = null;
        }
    }

    private static string Flatten(string line, bool markdown)
    {
        var flat = MarkdownImage().Replace(line, "");
        flat = MarkdownLink().Replace(flat, "${text}");
        if (markdown)
        {
            flat = Heading().Replace(flat, "");
            flat = Strong().Replace(flat, "${text}");
            flat = Emphasis().Replace(flat, "${text}");
            flat = InlineCode().Replace(flat, "${text}");
        }

        return flat;
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\](\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(\*\*|__)(?<text>\S(.*?\S)?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])[*_](?<text>\S(.*?\S)?)[*_](?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`(?<text>[^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^([-*+•·▪–]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();
}
