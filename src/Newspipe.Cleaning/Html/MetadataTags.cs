using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Newspipe.Cleaning.Html;

/// <summary>The elements metadata is read from, gathered in one walk over the document: meta tags, JSON-LD, canonical link, dates.</summary>
internal sealed class MetadataTags
{
    public Dictionary<string, string> Meta { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> JsonLdScripts { get; } = [];

    public List<string> TimeValues { get; } = [];

    public string? Canonical { get; private set; }

    /// <summary>Elements marked as the author or byline (rel=author, itemprop=author, class "byline"/"author-name").</summary>
    public List<IElement> AuthorElements { get; } = [];

    public static MetadataTags Collect(IHtmlDocument document)
    {
        var tags = new MetadataTags();
        if (document.DocumentElement is not { } root)
        {
            return tags;
        }

        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            tags.Visit(element);
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }

        return tags;
    }

    private void Visit(IElement element)
    {
        string? key = null, content = null, itemProp = null, rel = null, className = null, type = null, datetime = null, href = null;
        foreach (var attribute in element.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "property" or "name":
                    key ??= attribute.Value;
                    break;
                case "content":
                    content = attribute.Value;
                    break;
                case "itemprop":
                    itemProp = attribute.Value;
                    break;
                case "rel":
                    rel = attribute.Value;
                    break;
                case "class":
                    className = attribute.Value;
                    break;
                case "type":
                    type = attribute.Value;
                    break;
                case "datetime":
                    datetime = attribute.Value;
                    break;
                case "href":
                    href = attribute.Value;
                    break;
            }
        }

        switch (element.LocalName)
        {
            case "meta":
                key ??= itemProp;
                if (key is not null && !string.IsNullOrWhiteSpace(content))
                {
                    Meta.TryAdd(key.Trim(), content.Trim());
                }

                return;
            case "script":
                if (type?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true)
                {
                    JsonLdScripts.Add(element.TextContent);
                }

                return;
            case "link":
                if (Canonical is null && string.Equals(rel, "canonical", StringComparison.OrdinalIgnoreCase))
                {
                    Canonical = href;
                }

                return;
            case "time" when datetime is not null:
                TimeValues.Add(datetime);
                break;
        }

        if (itemProp is "datePublished")
        {
            TimeValues.Add(datetime ?? content ?? element.TextContent);
        }

        // Byline markup, in the order of preference it is found in the page.
        if (itemProp is "author" || string.Equals(rel, "author", StringComparison.OrdinalIgnoreCase)
            || (className is not null && (className.Contains("byline", StringComparison.OrdinalIgnoreCase) || className.Contains("author-name", StringComparison.OrdinalIgnoreCase))))
        {
            AuthorElements.Add(element);
        }
    }
}
