namespace Newspipe.Storage;

/// <summary>
/// One story: its articles on a timeline (by published date, else store time; oldest first) and the entities that
/// at least two of them share, most shared first.
/// </summary>
public sealed record StoryDetail(Guid Id, string Title, IReadOnlyList<ArticleListItem> Timeline, IReadOnlyList<SharedEntity> SharedEntities);
