namespace Newspipe.Storage;

/// <summary>The columns a search hit shows, read without the article's text.</summary>
internal sealed record HitRow(
    Guid Id, string Title, string? Outlet, string? Published, string Language, Guid StoryId, Guid? DuplicateOf, DateTime StoredAt, string Summary)
{
    public ArticleHit Hit(double? rank, IReadOnlyList<SnippetSegment> snippet) =>
        new(Id, Title, Outlet, Published, Language, StoryId, DuplicateOf, StoredAt, rank, snippet);
}
