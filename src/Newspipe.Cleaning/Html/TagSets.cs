namespace Newspipe.Cleaning.Html;

/// <summary>HTML element names grouped by how the extractor treats them.</summary>
internal static class TagSets
{
    /// <summary>Elements that never hold readable article text.</summary>
    public static readonly HashSet<string> Ignored =
    [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "source", "track", "picture", "img", "button", "input", "select", "option", "optgroup", "textarea", "head", "link",
        "meta", "map", "area", "nav", "dialog", "menu", "datalist", "progress", "meter",
    ];

    public static readonly HashSet<string> Block =
    [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "html",
        "legend",
    ];

    /// <summary>Blocks whose text is written as sentences, as opposed to containers.</summary>
    public static readonly HashSet<string> ParagraphLike = ["p", "pre", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "dd", "td"];

    public static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
}
