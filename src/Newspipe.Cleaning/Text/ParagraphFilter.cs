using Newspipe.Cleaning.Metadata;

namespace Newspipe.Cleaning.Text;

/// <summary>Last pass over extracted paragraphs: drops furniture lines and the headline or site name repeated above the text.</summary>
internal static class ParagraphFilter
{
    // Paragraphs before the first one this long are the article's header (kicker, headline, site name, byline).
    private const int BodyParagraphWords = 25;

    public static List<string> WithoutBoilerplate(List<string> paragraphs, IReadOnlyList<string> headerTexts)
    {
        var kept = new List<string>(paragraphs.Count);
        var inHeader = true;
        foreach (var paragraph in paragraphs)
        {
            inHeader &= BoilerplateLines.WordCount(paragraph) < BodyParagraphWords;
            if (inHeader && IsHeaderText(paragraph, headerTexts))
            {
                continue;
            }

            if (BoilerplateLines.IsBoilerplate(paragraph))
            {
                continue;
            }

            // Lines joined by <br> are judged one by one: a date-and-tags line can sit above the first sentence.
            var lines = paragraph.Split('\n');
            if (lines.Length > 1)
            {
                if (BoilerplateLines.StartsSectionOfLinks(lines[0]))
                {
                    continue;
                }

                var content = lines.TakeWhile(l => !BoilerplateLines.IsSignatureSeparator(l)).Where(l => !BoilerplateLines.IsBoilerplate(l)).ToList();
                if (content.Count == 0)
                {
                    continue;
                }

                kept.Add(string.Join('\n', content));
                continue;
            }

            kept.Add(paragraph);
        }

        return kept;
    }

    /// <summary>The headline or site name: equal to one of their spellings, or most of one (a page title minus its suffix).</summary>
    private static bool IsHeaderText(string paragraph, IReadOnlyList<string> headerTexts)
    {
        var normalized = TitleText.Normalize(paragraph);
        return normalized.Length > 0 && headerTexts.Any(h => h == normalized || (h.Contains(normalized, StringComparison.Ordinal) && normalized.Length * 2 >= h.Length));
    }
}
