using AngleSharp.Dom;

namespace Newspipe.Cleaning.Html;

/// <summary>
/// A lightweight copy of one DOM element (or text run) with the text statistics the extractor scores by,
/// computed once bottom-up so scoring never re-walks the DOM.
/// </summary>
internal sealed class ContentNode
{
    public const string TextTag = "#text";

    // Text runs never get children; they share one empty list instead of allocating their own.
    private static readonly List<ContentNode> NoChildren = [];

    public ContentNode(string tag, IElement? element, string? text)
    {
        Tag = tag;
        Element = element;
        Text = text;
        Children = text is null ? [] : NoChildren;
    }

    public string Tag { get; }

    /// <summary>Position in document order.</summary>
    public int Order { get; init; }

    public IElement? Element { get; }

    /// <summary>Whitespace-collapsed text of a text run; null for elements.</summary>
    public string? Text { get; }

    public ContentNode? Parent { get; set; }

    public List<ContentNode> Children { get; }

    public ClassVocabulary Vocabulary { get; set; } = ClassVocabulary.Empty;

    public bool IsBlock { get; set; }

    public bool HasBlockChildren { get; set; }

    /// <summary>Non-whitespace characters of all text below this node that is not removed.</summary>
    public int TextLength { get; set; }

    /// <summary>The part of <see cref="TextLength"/> inside links.</summary>
    public int LinkLength { get; set; }

    public int Commas { get; set; }

    /// <summary>Text inside paragraph-like children (p, pre, blockquote, li, headings): prose rather than loose labels.</summary>
    public int ParagraphLength { get; set; }

    /// <summary>Text inside blockquotes: quoted material (including embedded posts) that belongs to the story.</summary>
    public int QuoteLength { get; set; }

    /// <summary>The first heading below this node, in document order.</summary>
    public ContentNode? FirstHeading { get; private set; }

    public double Score { get; set; }

    public bool IsCandidate { get; set; }

    public bool Removed { get; set; }

    public bool IsText => Text is not null;

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public IEnumerable<ContentNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>All nodes below this one in document order, leaving out removed subtrees.</summary>
    public IEnumerable<ContentNode> Descendants()
    {
        var stack = new Stack<ContentNode>();
        for (var i = Children.Count - 1; i >= 0; i--)
        {
            stack.Push(Children[i]);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Removed)
            {
                continue;
            }

            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    public bool IsInside(ContentNode ancestor)
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (ReferenceEquals(node, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Recomputes the statistics of this subtree, leaving removed nodes out.</summary>
    public void Recount()
    {
        if (IsText)
        {
            return;
        }

        int text = 0, links = 0, commas = 0, paragraphs = 0, quotes = 0;
        ContentNode? heading = null;
        foreach (var child in Children)
        {
            if (child.Removed)
            {
                continue;
            }

            child.Recount();
            text += child.TextLength;
            links += child.LinkLength;
            commas += child.Commas;
            paragraphs += TagSets.ParagraphLike.Contains(child.Tag) ? child.TextLength : child.ParagraphLength;
            quotes += child.Tag == "blockquote" ? child.TextLength : child.QuoteLength;
            heading ??= TagSets.Headings.Contains(child.Tag) ? child : child.FirstHeading;
        }

        TextLength = text;
        LinkLength = Tag == "a" ? text : links;
        Commas = commas;
        ParagraphLength = paragraphs;
        QuoteLength = quotes;
        FirstHeading = heading;
    }
}
