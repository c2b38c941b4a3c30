using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.Storage.Tests;

public sealed class ArticleStoreTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Saving_the_same_article_twice_stores_it_once(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var article = Articles.Enriched(Guid.NewGuid(), "Treaty signed", ("Putin", "Vladimir Putin", "PERSON"));

        var first = await factory.Store.SaveAsync(article, Articles.Key, CancellationToken.None);
        var second = await factory.Store.SaveAsync(article, Articles.Key, CancellationToken.None);

        Assert.Equal(SaveResult.Stored, first);
        Assert.Equal(SaveResult.AlreadyStored, second);
        Assert.Equal(1, await factory.Store.CountAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Concurrent_saves_of_one_article_store_it_once(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var article = Articles.Enriched(Guid.NewGuid(), "Treaty signed", ("Kim", "Kim Jong Un", "PERSON"));

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => factory.Store.SaveAsync(article, Articles.Key, CancellationToken.None))));

        Assert.Single(results, r => r == SaveResult.Stored);
        Assert.Equal(1, await factory.Store.CountAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Spellings_of_one_entity_across_articles_meet_in_one_entity(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var first = Articles.Enriched(Guid.NewGuid(), "One", ("Kim Jong-Un", "Kim Jong-Un", "PERSON"));
        var second = Articles.Enriched(Guid.NewGuid(), "Two", ("Kim Jong Un", "Kim Jong Un", "PERSON"), ("Kim Sung-bae", "Kim Sung-bae", "PERSON"));
        await factory.Store.SaveAsync(first, Articles.Key, CancellationToken.None);
        await factory.Store.SaveAsync(second, Articles.Key, CancellationToken.None);

        var one = await factory.Store.FindAsync(first.ArticleId.ToString(), CancellationToken.None);
        var two = await factory.Store.FindAsync(second.ArticleId.ToString()[..8], CancellationToken.None);

        Assert.NotNull(one);
        Assert.NotNull(two);
        var kim = Assert.Single(one.Entities);
        Assert.Equal("Kim Jong-Un", kim.Canonical);
        Assert.Contains(two.Entities, e => e.Key == kim.Key);
        Assert.Contains(two.Entities, e => e.Canonical == "Kim Sung-bae");
        Assert.Equal(2, two.Entities.Count);
        Assert.Equal("Two", two.Record.Title);
        Assert.Equal(["treaty", "defence"], two.Keywords);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Articles_saved_at_once_are_each_stored_once_with_their_entities(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var articles = Enumerable.Range(0, 40)
            .Select(i => Articles.Enriched(Guid.NewGuid(), $"Article {i}", ("Putin", "Vladimir Putin", "PERSON"), (Person(i), Person(i), "PERSON")))
            .ToList();

        // Every article twice (a redelivery racing its first delivery), all at once, as a busy Store stage does.
        var results = await Task.WhenAll(articles.Concat(articles)
            .Select(article => Task.Run(() => factory.Store.SaveAsync(article, Articles.Key, CancellationToken.None))));

        Assert.Equal(40, results.Count(r => r == SaveResult.Stored));
        Assert.Equal(40, results.Count(r => r == SaveResult.AlreadyStored));
        Assert.Equal(40, await factory.Store.CountAsync(CancellationToken.None));
        var last = await factory.Store.FindAsync(articles[^1].ArticleId.ToString(), CancellationToken.None);
        Assert.NotNull(last);
        Assert.Equal([Person(39), "Vladimir Putin"], last.Entities.Select(e => e.Canonical).Order());
    }

    // Entity keys keep letters only (Articles.Key): a name of its own letters for each article.
    private static string Person(int i) => "Person " + new string((char)('a' + i % 26), 1 + i / 26);

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task An_article_the_database_refuses_fails_alone(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var good = Enumerable.Range(0, 10).Select(i => Articles.Enriched(Guid.NewGuid(), $"Good {i}")).ToList();
        // No source name: the database's NOT NULL refuses the row.
        var bad = Articles.Enriched(Guid.NewGuid(), "Bad") with { SourceName = null! };

        var saves = good.Append(bad).Select(article => Task.Run(() => factory.Store.SaveAsync(article, Articles.Key, CancellationToken.None))).ToList();

        await Assert.ThrowsAnyAsync<Exception>(() => saves[^1]);
        Assert.All(await Task.WhenAll(saves.Take(10)), result => Assert.Equal(SaveResult.Stored, result));
        Assert.Equal(10, await factory.Store.CountAsync(CancellationToken.None));
    }
}
