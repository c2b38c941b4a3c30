using System.Text.RegularExpressions;

namespace Newspipe.Cleaning.Html;

/// <summary>
/// Removes what sits inside an article container but is not the article: share bars, related lists, captions,
/// author boxes, link-dense blocks and labels (trafilatura-style pruning plus Readability's conditional cleaning).
/// </summary>
internal static partial class BoilerplatePruner
{
    public static void Prune(IReadOnlyList<ContentNode> roots, bool conditional)
    {
        var total = roots.Sum(r => r.TextLength);
        foreach (var root in roots)
        {
            if (roots.Count > 1 && IsLedByBoilerplateHeading(root))
            {
                root.Removed = true;
                continue;
            }

            Prune(root, total, conditional, isRoot: true);
            root.Recount();
        }
    }

    private static void Prune(ContentNode node, int total, bool conditional, bool isRoot)
    {
        if (node.IsText || node.Removed)
        {
            return;
        }

        if (!isRoot && ShouldRemove(node, total, conditional))
        {
            node.Removed = true;
            return;
        }

        CommentSection.RemoveTrailing(node);
        foreach (var child in node.Children)
        {
            Prune(child, total, conditional, isRoot: false);
        }
    }

    private static bool ShouldRemove(ContentNode node, int total, bool conditional)
    {
        if (IsLedByBoilerplateHeading(node))
        {
            return true;
        }

        var small = node.TextLength < total * 0.5;
        if (!small)
        {
            return false;
        }

        if (node.Tag is "figure" or "figcaption" or "aside" or "footer" or "form" or "fieldset" or "address" or "caption")
        {
            return true;
        }

        if (MainContentFinder.IsMostlyQuote(node))
        {
            return false;
        }

        var vocabulary = node.Vocabulary;
        if (vocabulary.IsBoilerplate || vocabulary.HasBoilerplateRole)
        {
            return !MainContentFinder.IsMarkedArticleBody(node) && !IsProseBlock(node);
        }

        if (TagSets.Headings.Contains(node.Tag))
        {
            return node.LinkDensity > 0.5;
        }

        if (IsTeaser(node, total) || IsTeaserGrid(node))
        {
            return true;
        }

        if (!conditional)
        {
            return false;
        }

        if (vocabulary.IsWeakBoilerplate && !vocabulary.IsContent && node.ParagraphLength < node.TextLength / 2 && node.TextLength < 200)
        {
            return true;
        }

        switch (node.Tag)
        {
            case "ul" or "ol" or "dl":
                return node.LinkDensity > 0.5;
            case "p" or "li":
                return node.LinkDensity > 0.8 && node.TextLength < 200;
            case "div" or "section" or "table" or "header" or "span" when node.IsBlock:
                if (node.Commas >= 10)
                {
                    return false;
                }

                var limit = vocabulary.IsContent ? 0.5 : 0.33;
                return node.LinkDensity > limit;
            default:
                return false;
        }
    }

    /// <summary>
    /// A teaser of another story: a small block led by a linked headline, followed by an excerpt. Its excerpt has
    /// few links, so link density alone keeps it; the linked headline gives it away.
    /// </summary>
    private static bool IsTeaser(ContentNode node, int total)
    {
        if (node.Tag is not ("article" or "li" or "div" or "section") || node.TextLength > 1000 || node.TextLength > total * 0.3)
        {
            return false;
        }

        return node.FirstHeading is { TextLength: > 0 } heading && heading.LinkDensity > 0.5 && !IsReplyHeading(heading);
    }

    /// <summary>"Re: thread title": a forum post's heading links to the post itself, it does not announce another story.</summary>
    private static bool IsReplyHeading(ContentNode heading)
    {
        var text = string.Concat(heading.Descendants().Where(d => d.IsText).Select(d => d.Text)).TrimStart();
        return ReplyPrefix().IsMatch(text);
    }

    [GeneratedRegex(@"^(re|aw|antw|rif|r|odp|sv|vs|ynt)\s?:", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    /// <summary>
    /// A grid or list of story tiles: four or more alike children (same tag and class), each short and linked, most led by
    /// a link (the headline), that together make up the block. A list of key points links words inside its sentences instead.
    /// </summary>
    private static bool IsTeaserGrid(ContentNode node)
    {
        if (!node.HasBlockChildren || node.TextLength == 0)
        {
            return false;
        }

        var groups = node.Children
            .Where(c => !c.IsText && !c.Removed && c.TextLength > 0)
            .GroupBy(c => (c.Tag, Class: c.Element?.GetAttribute("class")));
        foreach (var group in groups)
        {
            var tiles = group.ToList();
            var text = tiles.Sum(t => t.TextLength);
            if (tiles.Count >= 4 && tiles.All(t => t.TextLength < 250 && t.LinkLength > 0) && tiles.Count(StartsWithLink) * 4 >= tiles.Count * 3
                && text >= node.TextLength * 0.8 && tiles.Sum(t => t.LinkLength) >= text * 0.15)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithLink(ContentNode tile)
    {
        var node = tile;
        while (!node.IsText)
        {
            if (node.Tag == "a")
            {
                return true;
            }

            var next = node.Children.FirstOrDefault(c => !c.Removed && c.TextLength > 0);
            if (next is null)
            {
                return false;
            }

            node = next;
        }

        return false;
    }

    /// <summary>
    /// A block named both as content and as something else ("article-body print-area") that reads as prose: long,
    /// written in paragraphs, hardly linked. Names mislead more often than text does.
    /// </summary>
    private static bool IsProseBlock(ContentNode node) =>
        node.Vocabulary.IsContent && !node.Vocabulary.IsComments && node.TextLength >= 500 && node.LinkDensity < 0.1
        && node.ParagraphLength >= node.TextLength * 0.8;

    /// <summary>A section whose first element is a "Related posts" / "Comments" heading is that section, however long.</summary>
    private static bool IsLedByBoilerplateHeading(ContentNode node)
    {
        if (!node.HasBlockChildren || TagSets.Headings.Contains(node.Tag))
        {
            return false;
        }

        var first = node.Children.FirstOrDefault(c => c.TextLength > 0);
        if (first is null || !TagSets.Headings.Contains(first.Tag) || first.TextLength > 60)
        {
            return false;
        }

        if (first.Vocabulary.IsOtherStories || first.Vocabulary.IsComments)
        {
            return true;
        }

        // Read the heading even when an earlier pass removed it: it still names the section.
        var text = first.IsText ? first.Text! : string.Concat(first.Children.Where(d => d.IsText).Select(d => d.Text));
        return Text.BoilerplateLines.StartsSectionOfLinks(text) || Text.BoilerplateLines.StartsSectionOfComments(text)
            || Text.BoilerplateLines.StartsFurnitureBox(text);
    }
}
