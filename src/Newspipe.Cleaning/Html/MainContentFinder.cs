namespace Newspipe.Cleaning.Html;

/// <summary>
/// Readability-style candidate scoring: every paragraph adds a score (length, commas) to its parent and, decaying,
/// to its ancestors; the best ancestor, discounted by link density, is the article, joined by siblings that score well.
/// </summary>
internal static class MainContentFinder
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;

    public static List<ContentNode> Find(ContentNode root, ExtractionPass pass)
    {
        if (pass.HasFlag(ExtractionPass.StripUnlikely))
        {
            StripUnlikely(root);
            root.Recount();
        }

        var candidates = ScoreParagraphs(root, pass.HasFlag(ExtractionPass.WeightClasses));
        if (candidates.Count == 0)
        {
            return [root];
        }

        foreach (var candidate in candidates)
        {
            candidate.Score *= 1 - candidate.LinkDensity;
        }

        var ranked = candidates.OrderByDescending(c => c.Score).Take(5).ToList();
        var top = ranked[0];
        top = PreferSharedAncestor(root, top, ranked);
        top = ClimbWhileParentScoresHigher(root, top);
        while (top.Parent is { } parent && !ReferenceEquals(parent, root) && ElementChildCount(parent) == 1)
        {
            top = parent;
        }

        var kept = WithSiblings(root, top);
        AddSameClassBlocks(root, top, kept);
        return kept;
    }

    /// <summary>
    /// Articles split by ads or media into several containers repeat the container's class on every part:
    /// parts elsewhere in the page with the top candidate's tag and class are taken too.
    /// </summary>
    private static void AddSameClassBlocks(ContentNode root, ContentNode top, List<ContentNode> kept)
    {
        var topClass = top.Element?.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(topClass))
        {
            return;
        }

        var added = false;
        foreach (var node in root.Descendants())
        {
            if (node.Removed || node.IsText || node.Tag != top.Tag || node.TextLength < MinParagraphLength || node.LinkDensity > 0.33
                || node.Element?.GetAttribute("class") != topClass || kept.Any(k => node.IsInside(k) || k.IsInside(node)))
            {
                continue;
            }

            kept.Add(node);
            added = true;
        }

        if (added)
        {
            kept.Sort((a, b) => a.Order.CompareTo(b.Order));
        }
    }

    private static void StripUnlikely(ContentNode root)
    {
        var limit = root.TextLength * 0.4;
        foreach (var node in root.Descendants())
        {
            if (node.Removed || node.IsText || node.Tag is "a" or "article" or "main" or "body")
            {
                continue;
            }

            var vocabulary = node.Vocabulary;
            var unlikely = vocabulary.IsComments || ((vocabulary.HasBoilerplateRole || (vocabulary.IsBoilerplate && !vocabulary.IsContent)) && node.TextLength < limit);
            if (unlikely && !IsMarkedArticleBody(node) && !IsMostlyQuote(node))
            {
                node.Removed = true;
            }
        }
    }

    private static List<ContentNode> ScoreParagraphs(ContentNode root, bool weightClasses)
    {
        var candidates = new List<ContentNode>();
        foreach (var node in root.Descendants())
        {
            if (node.IsText || node.Removed || !node.IsBlock)
            {
                continue;
            }

            if (IsParagraphUnit(node))
            {
                if (node.TextLength >= MinParagraphLength && node.Parent is { } parent)
                {
                    AddScore(parent, ParagraphScore(node.TextLength, node.Commas), candidates, weightClasses);
                }
            }
            else if (node.HasBlockChildren)
            {
                ScoreLooseText(node, candidates, weightClasses);
            }
        }

        return candidates;
    }

    private static bool IsParagraphUnit(ContentNode node) =>
        node.Tag is "p" or "pre" or "td" ||
        (node.Tag is "div" or "section" or "article" or "blockquote" && !node.HasBlockChildren);

    /// <summary>Text directly inside a container (between its blocks) counts as paragraphs of that container.</summary>
    private static void ScoreLooseText(ContentNode container, List<ContentNode> candidates, bool weightClasses)
    {
        int length = 0, commas = 0;
        foreach (var child in container.Children)
        {
            if (child.Removed)
            {
                continue;
            }

            if (child.IsBlock)
            {
                Score();
                continue;
            }

            length += child.TextLength;
            commas += child.Commas;
        }

        Score();

        void Score()
        {
            if (length >= MinParagraphLength)
            {
                AddScore(container, ParagraphScore(length, commas), candidates, weightClasses);
            }

            length = 0;
            commas = 0;
        }
    }

    private static double ParagraphScore(int length, int commas) => 1 + (commas + 1) + Math.Min(length / 100, 3);

    private static void AddScore(ContentNode first, double score, List<ContentNode> candidates, bool weightClasses)
    {
        var level = 0;
        for (var node = first; node is not null && level < AncestorLevels; node = node.Parent, level++)
        {
            if (node.Tag == "body" && level > 0)
            {
                break;
            }

            if (!node.IsCandidate)
            {
                node.IsCandidate = true;
                node.Score = InitialScore(node, weightClasses);
                candidates.Add(node);
            }

            var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            node.Score += score / divider;
        }
    }

    private static double InitialScore(ContentNode node, bool weightClasses)
    {
        var score = node.Tag switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return weightClasses ? score + ClassWeight(node) : score;
    }

    internal static double ClassWeight(ContentNode node)
    {
        var vocabulary = node.Vocabulary;
        var weight = 0.0;
        if (vocabulary.IsBoilerplate || vocabulary.HasBoilerplateRole)
        {
            weight -= 25;
        }

        if (vocabulary.IsContent || IsMarkedArticleBody(node))
        {
            weight += 25;
        }

        return weight;
    }

    /// <summary>Quotes and embedded posts are part of the story even inside "social" or "embed" wrappers.</summary>
    internal static bool IsMostlyQuote(ContentNode node) =>
        node.Tag == "blockquote" || (node.QuoteLength > 0 && node.QuoteLength * 2 >= node.TextLength);

    internal static bool IsMarkedArticleBody(ContentNode node)
    {
        var itemProp = node.Element?.GetAttribute("itemprop");
        return itemProp is not null && itemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase);
    }

    private static ContentNode PreferSharedAncestor(ContentNode root, ContentNode top, List<ContentNode> ranked)
    {
        // Only candidates outside the top one's own line of ancestors are evidence of content elsewhere.
        var alternatives = ranked.Skip(1)
            .Where(c => c.Score / top.Score >= 0.75 && !c.IsInside(top) && !top.IsInside(c))
            .Select(c => c.Ancestors().ToHashSet())
            .ToList();
        if (alternatives.Count < 3)
        {
            return top;
        }

        for (var parent = top.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
        {
            if (alternatives.Count(a => a.Contains(parent)) >= 3)
            {
                return parent;
            }
        }

        return top;
    }

    private static ContentNode ClimbWhileParentScoresHigher(ContentNode root, ContentNode top)
    {
        var lastScore = top.Score;
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
        {
            if (!parent.IsCandidate)
            {
                continue;
            }

            if (parent.Score < threshold)
            {
                break;
            }

            if (parent.Score > lastScore)
            {
                return parent;
            }

            lastScore = parent.Score;
        }

        return top;
    }

    private static List<ContentNode> WithSiblings(ContentNode root, ContentNode top)
    {
        if (top.Parent is not { } parent || ReferenceEquals(top, root))
        {
            return [top];
        }

        var threshold = Math.Max(10, top.Score * 0.2);
        var topClass = top.Element?.GetAttribute("class");
        var kept = new List<ContentNode>();
        foreach (var sibling in parent.Children)
        {
            if (sibling.Removed || sibling.IsText)
            {
                continue;
            }

            if (ReferenceEquals(sibling, top))
            {
                kept.Add(sibling);
                continue;
            }

            if (kept.Count > 0 && CommentSection.IsOpener(sibling))
            {
                // Everything after a "Comments" header is the readers' text, however well it scores.
                break;
            }

            if (IsFurnitureSibling(sibling))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && sibling.Element?.GetAttribute("class") == topClass ? top.Score * 0.2 : 0;
            if (sibling.IsCandidate && sibling.Score + bonus >= threshold && sibling.LinkDensity < 0.25)
            {
                kept.Add(sibling);
            }
            else if (sibling.Tag == "p" || (sibling.Tag == "div" && !sibling.HasBlockChildren))
            {
                if ((sibling.TextLength > 80 && sibling.LinkDensity < 0.25) ||
                    (sibling.TextLength is > 0 and <= 80 && sibling.LinkLength == 0 && EndsSentence(sibling)))
                {
                    kept.Add(sibling);
                }
            }
        }

        return kept;
    }

    /// <summary>A block beside the article that is page furniture by its tag or name (footer, aside, "related", "sidebar").</summary>
    private static bool IsFurnitureSibling(ContentNode sibling) =>
        sibling.Tag is "footer" or "aside" or "header" or "form"
        || sibling.Vocabulary.HasBoilerplateRole
        || (sibling.Vocabulary.IsBoilerplate && !IsMarkedArticleBody(sibling));

    private static bool EndsSentence(ContentNode node)
    {
        var text = string.Concat(node.Descendants().Where(d => d.IsText).Select(d => d.Text)).TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '»' or '。';
    }

    private static int ElementChildCount(ContentNode node) => node.Children.Count(c => !c.IsText && !c.Removed);
}
