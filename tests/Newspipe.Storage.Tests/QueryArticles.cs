using Newspipe.Contracts;

namespace Newspipe.Storage.Tests;

/// <summary>Articles with real sentences, for the search and browse tests.</summary>
internal static class QueryArticles
{
    public static ArticleEnriched Article(
        string title,
        string text,
        string outlet = "Test Outlet",
        string language = "en",
        string? published = "2024-06-19",
        Guid? story = null,
        Guid? duplicateOf = null,
        params (string Text, string Canonical, string Type)[] entities)
    {
        var id = Guid.NewGuid();
        return Articles.Enriched(id, title, entities) with
        {
            Text = text,
            Language = language,
            Metadata = new ArticleMetadata { Title = title, Outlet = outlet, Published = published },
            StoryId = story ?? id,
            DuplicateOf = duplicateOf,
        };
    }
}
