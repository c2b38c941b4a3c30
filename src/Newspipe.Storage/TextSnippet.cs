namespace Newspipe.Storage;

/// <summary>A row of the provider's snippet query: the passage with <see cref="Snippets"/>' markers around matched words.</summary>
internal sealed class TextSnippet
{
    public Guid ArticleId { get; init; }

    public required string Text { get; init; }
}
