using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.Storage.Tests;

public sealed class BrowseQueriesTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task An_entity_is_found_by_any_spelling_and_lists_its_spellings_and_articles(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var first = QueryArticles.Article("One", "Kim Jong-Un spoke.", entities: [("Kim Jong-Un", "Kim Jong Un", "PERSON")]);
        var second = QueryArticles.Article(
            "Two", "Kim Jong Un and Kim Sung-bae.", entities: [("Kim Jong Un", "Kim Jong Un", "PERSON"), ("Kim Sung-bae", "Kim Sung-bae", "PERSON")]);
        var third = QueryArticles.Article("Three", "Nothing about him.", entities: [("Seoul", "Seoul", "LOCATION")]);
        await ArticleQueriesTests.SaveAsync(store, first, second, third);
        var entities = store.Entities;

        var bySpelling = await entities.FindAsync("kim jong-un", CancellationToken.None);
        var byName = await entities.FindAsync("Kim Jong Un", CancellationToken.None);
        var byPrefix = await entities.FindAsync("PERSON:kimj", CancellationToken.None);

        Assert.NotNull(byName);
        Assert.NotNull(bySpelling);
        Assert.Equal(byName, bySpelling with { Spellings = byName.Spellings, Articles = byName.Articles });
        Assert.Equal(byName.Id, byPrefix?.Id);
        Assert.Equal(("PERSON:kimjongun", "Kim Jong Un", "PERSON"), (byName.Id, byName.Name, byName.Type));
        Assert.Equal(["Kim Jong Un", "Kim Jong-Un"], byName.Spellings);
        Assert.Equal(new[] { first.ArticleId, second.ArticleId }.Order(), byName.Articles.Select(a => a.Id).Order());
        Assert.Null(await entities.FindAsync("PERSON:kim", CancellationToken.None));
        Assert.Null(await entities.FindAsync("Nobody", CancellationToken.None));

        var all = await entities.ListAsync(null, 1, 50, CancellationToken.None);
        Assert.Equal(3, all.Total);
        Assert.Equal(("Kim Jong Un", 2), (all.Items[0].Name, all.Items[0].Articles));
        var kims = await entities.ListAsync("kim", 1, 50, CancellationToken.None);
        Assert.Equal(["Kim Jong Un", "Kim Sung-bae"], kims.Items.Select(e => e.Name));
        var bySpellingText = await entities.ListAsync("jong-un", 1, 50, CancellationToken.None);
        Assert.Equal("Kim Jong Un", Assert.Single(bySpellingText.Items).Name);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Stories_list_newest_first_with_counts_and_a_story_shows_its_timeline_and_shared_entities(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var kim = ("Kim Jong Un", "Kim Jong Un", "PERSON");
        var putin = ("Putin", "Vladimir Putin", "PERSON");
        var opener = QueryArticles.Article("Treaty signed", "…", published: "2024-06-19", entities: [kim, putin]);
        var later = QueryArticles.Article("Treaty analysed", "…", published: "2024-06-21", story: opener.StoryId, entities: [kim, putin]);
        var between = QueryArticles.Article(
            "Treaty reactions", "…", published: "2024-06-20T09:00:00Z", story: opener.StoryId, entities: [kim, ("Seoul", "Seoul", "LOCATION")]);
        var undated = QueryArticles.Article("Treaty undated", "…", published: "", story: opener.StoryId);
        var other = QueryArticles.Article("Football final", "…", entities: [("Seoul", "Seoul", "LOCATION")]);
        await ArticleQueriesTests.SaveAsync(store, opener, later, between, undated, other);
        var stories = store.StoryQueries;

        var list = await stories.ListAsync(1, 10, CancellationToken.None);

        Assert.Equal(2, list.Total);
        Assert.Equal(
            [(other.StoryId, "Football final", 1), (opener.StoryId, "Treaty signed", 4)],
            list.Items.Select(s => (s.Id, s.Title, s.Articles)));
        var story = await stories.FindAsync(opener.StoryId.ToString()[..8], CancellationToken.None);
        Assert.NotNull(story);
        Assert.Equal("Treaty signed", story.Title);
        Assert.Equal(["Treaty signed", "Treaty reactions", "Treaty analysed", "Treaty undated"], story.Timeline.Select(a => a.Title));
        Assert.Equal([("Kim Jong Un", 3), ("Vladimir Putin", 2)], story.SharedEntities.Select(e => (e.Name, e.Articles)));
        Assert.Null(await stories.FindAsync(Guid.NewGuid().ToString(), CancellationToken.None));
    }
}
