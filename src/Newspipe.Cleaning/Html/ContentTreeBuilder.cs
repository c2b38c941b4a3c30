using AngleSharp.Dom;

namespace Newspipe.Cleaning.Html;

/// <summary>Copies the readable part of a DOM into <see cref="ContentNode"/>s: scripts, forms controls, hidden and navigation elements left out.</summary>
internal sealed class ContentTreeBuilder
{
    // Malformed pages can nest thousands of unclosed elements; deeper than this is never article structure.
    private const int MaxDepth = 256;

    // Pages repeat the same class names on hundreds of elements; classify each combination once.
    private readonly Dictionary<(string?, string?, string?), ClassVocabulary> vocabularies = [];
    private int order;

    private ContentTreeBuilder()
    {
    }

    public static ContentNode Build(IElement body)
    {
        var builder = new ContentTreeBuilder();
        var root = builder.CreateElementNode(body, out _);
        builder.AddChildren(root, body, 0);
        root.Recount();
        return root;
    }

    private void AddChildren(ContentNode parent, IElement element, int depth)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                AddText(parent, text.Data);
            }
            else if (child is IElement childElement && depth < MaxDepth && !TagSets.Ignored.Contains(childElement.LocalName))
            {
                var node = CreateElementNode(childElement, out var hidden);
                if (hidden)
                {
                    continue;
                }

                node.Parent = parent;
                parent.Children.Add(node);
                AddChildren(node, childElement, depth + 1);
                if (node.IsBlock)
                {
                    parent.HasBlockChildren = true;
                }
                else if (node.HasBlockChildren)
                {
                    // An inline element wrapping blocks (a link around a teaser) acts as a block.
                    node.IsBlock = true;
                    parent.HasBlockChildren = true;
                }
            }
        }
    }

    private ContentNode CreateElementNode(IElement element, out bool hidden)
    {
        string? className = null, id = null, role = null;
        hidden = false;
        foreach (var attribute in element.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "class":
                    className = attribute.Value;
                    break;
                case "id":
                    id = attribute.Value;
                    break;
                case "role":
                    role = attribute.Value;
                    break;
                case "hidden":
                    hidden = true;
                    break;
                case "aria-hidden":
                    hidden |= string.Equals(attribute.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
                    break;
                case "style":
                    hidden |= IsHiddenStyle(attribute.Value);
                    break;
            }
        }

        var key = (className, id, role);
        if (!vocabularies.TryGetValue(key, out var vocabulary))
        {
            vocabulary = ClassVocabulary.Of(className, id, role);
            vocabularies[key] = vocabulary;
        }

        var tag = element.LocalName;
        return new ContentNode(tag, element, null)
        {
            Order = order++,
            IsBlock = TagSets.Block.Contains(tag),
            Vocabulary = vocabulary,
        };
    }

    private void AddText(ContentNode parent, string data)
    {
        var collapsed = CollapseWhitespace(data);
        if (collapsed.Length == 0 || (collapsed == " " && (parent.Children.Count == 0 || parent.Children[^1].IsBlock)))
        {
            // Indentation before or between blocks: it never separates words.
            return;
        }

        var letters = 0;
        var commas = 0;
        foreach (var c in collapsed)
        {
            if (c != ' ')
            {
                letters++;
            }

            if (c is ',' or '\u060C' or '\uFE50' or '\uFE10' or '\uFE11' or '\u2E41' or '\u2E34' or '\u2E32' or '\uFF0C' or '\u3001')
            {
                commas++;
            }
        }

        parent.Children.Add(new ContentNode(ContentNode.TextTag, null, collapsed)
        {
            Parent = parent,
            Order = order++,
            TextLength = letters,
            Commas = commas,
        });
    }

    private static bool IsHiddenStyle(string style)
    {
        if (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    internal static string CollapseWhitespace(string text)
    {
        if (!NeedsCollapsing(text))
        {
            return text;
        }

        var buffer = new System.Text.StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                if (!inSpace)
                {
                    buffer.Append(' ');
                    inSpace = true;
                }
            }
            else
            {
                buffer.Append(c);
                inSpace = false;
            }
        }

        return buffer.ToString();
    }

    private static bool NeedsCollapsing(string text)
    {
        var previousSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || c == '\u200B';
            if (space && (c != ' ' || previousSpace))
            {
                return true;
            }

            previousSpace = space;
        }

        return false;
    }
}
