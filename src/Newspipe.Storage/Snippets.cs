namespace Newspipe.Storage;

/// <summary>
/// The databases mark matched words with two control characters (never HTML), which are cut here into plain text
/// segments, so a page encodes every character of article text it shows.
/// </summary>
internal static class Snippets
{
    public const char Start = '\u0002';
    public const char Stop = '\u0003';

    private const int SummaryLength = 240;

    public static IReadOnlyList<SnippetSegment> Parse(string marked)
    {
        var segments = new List<SnippetSegment>();
        var current = new System.Text.StringBuilder();
        var highlighted = false;
        foreach (var c in marked)
        {
            if (c is not (Start or Stop))
            {
                current.Append(c);
                continue;
            }

            Add(segments, current.ToString(), highlighted);
            current.Clear();
            highlighted = c == Start;
        }

        Add(segments, current.ToString(), highlighted);
        return segments;
    }

    /// <summary>The opening of the summary, for a list without search words.</summary>
    public static IReadOnlyList<SnippetSegment> Plain(string summary) =>
        summary.Length == 0 ? [] : [new SnippetSegment(summary.Length <= SummaryLength ? summary : summary[..SummaryLength] + "…", false)];

    private static void Add(List<SnippetSegment> segments, string text, bool highlighted)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Highlighted == highlighted)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
            return;
        }

        segments.Add(new SnippetSegment(text, highlighted));
    }
}
