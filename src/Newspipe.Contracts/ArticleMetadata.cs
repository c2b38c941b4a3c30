namespace Newspipe.Contracts;

/// <summary>Descriptive fields of an article. Every member is optional.</summary>
public sealed record ArticleMetadata
{
    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Author or authors, as written by the outlet.</summary>
    public string? Author { get; init; }

    /// <summary>Publication date or date-time, ISO 8601 (<c>2024-06-19</c> or <c>2024-06-19T01:07:00+03:00</c>).</summary>
    public string? Published { get; init; }

    /// <summary>Name of the publication, e.g. <c>Anadolu Agency</c>.</summary>
    public string? Outlet { get; init; }

    /// <summary>The article's canonical URL when known.</summary>
    public string? Url { get; init; }
}
