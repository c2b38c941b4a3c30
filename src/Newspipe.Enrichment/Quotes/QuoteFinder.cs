using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Quotes;

/// <summary>Finds text between straight or curly double quotes, paragraph by paragraph.</summary>
internal static class QuoteFinder
{
    public static List<QuotedSpan> Find(TokenizedText tokenized)
    {
        var text = tokenized.Text;
        var paragraphs = Paragraphs(tokenized);
        var spans = new List<QuotedSpan>();
        List<Range>? continued = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            var open = -1;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c is '“' or '„' or '«' || c == '"' && open < 0 && IsOpeningStraight(text, i, start))
                {
                    if (continued is not null && i == start)
                    {
                        // The reopening quote of a quotation that runs on from the previous paragraph.
                        open = i + 1;
                        continue;
                    }

                    Flush(ref continued, spans);
                    open = i + 1;
                }
                else if (c is '”' or '»' or '"' && open >= 0)
                {
                    AddPart(ref continued, open, i);
                    Flush(ref continued, spans);
                    open = -1;
                }
            }

            if (open >= 0)
            {
                AddPart(ref continued, open, end);
                var next = p + 1 < paragraphs.Count ? paragraphs[p + 1].Start : -1;
                if (next < 0 || !QuoteMarks.IsAny(text[next]))
                {
                    // Closing mark forgotten: the quotation ends with its paragraph.
                    Flush(ref continued, spans);
                }
            }
            else
            {
                Flush(ref continued, spans);
            }
        }

        Flush(ref continued, spans);
        return spans;
    }

    private static bool IsOpeningStraight(string text, int i, int paragraphStart) =>
        i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && (i == paragraphStart || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not ('.' or ',' or '!' or '?'));

    private static void AddPart(ref List<Range>? parts, int start, int end)
    {
        parts ??= [];
        if (end > start)
        {
            parts.Add(new Range(start, end));
        }
    }

    private static void Flush(ref List<Range>? parts, List<QuotedSpan> spans)
    {
        if (parts is { Count: > 0 })
        {
            spans.Add(new QuotedSpan(parts));
        }

        parts = null;
    }

    private static List<(int Start, int End)> Paragraphs(TokenizedText tokenized)
    {
        var paragraphs = new List<(int Start, int End)>();
        foreach (var token in tokenized.Tokens)
        {
            if (token.StartsParagraph || paragraphs.Count == 0)
            {
                paragraphs.Add((token.Start, token.End));
            }
            else
            {
                paragraphs[^1] = (paragraphs[^1].Start, token.End);
            }
        }

        return paragraphs;
    }
}
