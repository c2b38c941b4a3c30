namespace Newspipe.Storage;

/// <summary>
/// What to look for among stored articles. Every filter is optional and they combine (AND).
/// </summary>
/// <param name="Text">
/// Words to find in title and text (English stemming: "treaties" finds "treaty"); <c>"a phrase"</c> in double quotes,
/// <c>OR</c> between alternatives, <c>-word</c> to exclude. Empty: every article, newest stored first.
/// </param>
/// <param name="Outlet">The outlet exactly as stored (case-insensitive).</param>
/// <param name="Language">ISO 639-1 code, e.g. <c>en</c>.</param>
/// <param name="Entity">An entity's id (its key, e.g. <c>person:kim jong un</c>), canonical name, a spelling seen, or a unique id prefix.</param>
/// <param name="Story">A story id or a unique prefix of it.</param>
/// <param name="From">First day included (UTC), of <paramref name="DateField"/>.</param>
/// <param name="To">Last day included (UTC), of <paramref name="DateField"/>.</param>
/// <param name="DateField">Which date <paramref name="From"/> and <paramref name="To"/> apply to; articles without a published date fall outside a published range.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Hits per page, 1 to 100.</param>
public sealed record ArticleSearch(
    string? Text = null,
    string? Outlet = null,
    string? Language = null,
    string? Entity = null,
    string? Story = null,
    DateOnly? From = null,
    DateOnly? To = null,
    SearchDateField DateField = SearchDateField.Published,
    int Page = 1,
    int PageSize = ArticleSearch.DefaultPageSize)
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;
}
