namespace Newspipe.Cleaning;

/// <summary>Metadata that came with the content (e.g. from a JSON input); a non-empty hint wins over what is extracted.</summary>
public sealed record ArticleHints
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Published { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }
}
