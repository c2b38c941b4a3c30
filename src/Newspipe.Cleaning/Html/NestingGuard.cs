namespace Newspipe.Cleaning.Html;

/// <summary>
/// Refuses a page nested absurdly deep before it is parsed: a browser-grade parser and any tree walk over 100,000
/// nested elements take minutes and deep stacks, while real pages nest a few dozen levels. One pass over the markup,
/// counting the container tags people close (a sloppy page's unclosed &lt;p&gt; or &lt;li&gt; does not count).
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 1000;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Containers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "section", "article", "main", "aside", "header", "footer", "nav", "table", "tbody", "tr",
        "blockquote", "font", "b", "i", "u", "em", "strong", "a", "form", "figure", "ul", "ol", "dl", "center",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <exception cref="CleaningException">The markup nests deeper than <see cref="MaxDepth"/>.</exception>
    public static void Check(string html)
    {
        var depth = 0;
        var deepest = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || !Containers.Contains(html.AsSpan(start, end - start)))
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
            if (deepest > MaxDepth)
            {
                throw new CleaningException($"The HTML nests elements more than {MaxDepth:N0} levels deep; pages that deep are not articles and are refused.");
            }
        }
    }
}
