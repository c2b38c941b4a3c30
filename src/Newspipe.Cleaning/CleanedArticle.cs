namespace Newspipe.Cleaning;

/// <summary>The main content of an article and its metadata.</summary>
public sealed record CleanedArticle
{
    /// <summary>The headline; "" when none was found.</summary>
    public required string Title { get; init; }

    public string? Author { get; init; }

    /// <summary>ISO 8601: a date ("2024-06-19"), or a date-time with offset when the time is known.</summary>
    public string? Published { get; init; }

    public string? Outlet { get; init; }

    public string? CanonicalUrl { get; init; }

    /// <summary>The main text: each paragraph or heading one paragraph, separated by a blank line; the title is not repeated at the top.</summary>
    public required string Text { get; init; }
}
