namespace Newspipe.Cleaning.Metadata;

/// <summary>Metadata found in the content itself, before hints are applied.</summary>
internal sealed record ArticleMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Published { get; init; }

    public string? Outlet { get; init; }

    public string? CanonicalUrl { get; init; }
}
