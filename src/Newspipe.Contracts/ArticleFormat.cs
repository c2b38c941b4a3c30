namespace Newspipe.Contracts;

/// <summary>How an article's content is written. Serialized as its name (<c>"Html"</c>, <c>"Text"</c>, <c>"Markdown"</c>).</summary>
public enum ArticleFormat
{
    /// <summary>An HTML page (a whole document or a fragment).</summary>
    Html,

    /// <summary>Plain text, typically saved from a web page, boilerplate lines included.</summary>
    Text,

    /// <summary>Markdown, treated as text with light markup.</summary>
    Markdown,
}
