using Microsoft.Data.Sqlite;
using Newspipe.Storage;
using Newspipe.Testing;
using Npgsql;

namespace Newspipe.Storage.Tests;

public sealed class MigrationTests
{
    /// <summary>Every migration, in order: what an upgraded or new store has applied.</summary>
    private static readonly string[] AllMigrations = ["Initial", "SearchIndex", "ArticleJourney", "StoryKeys", "StoryKeysCoveringIndex"];

    private static readonly Guid OldArticle = Guid.Parse("7c1f9a2e-0000-4000-8000-000000000001");

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task An_empty_database_gets_every_migration_and_a_second_start_changes_nothing(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var article = QueryArticles.Article("Fresh store", "A mutual defense treaty in a fresh store.");
        await ArticleQueriesTests.SaveAsync(store, article);

        await store.Migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(AllMigrations, await store.AppliedMigrationsAsync());
        Assert.Equal([article.ArticleId], (await store.Queries.SearchAsync(new ArticleSearch("mutual defense"), CancellationToken.None)).Items.Select(h => h.Id));
    }

    [Fact]
    public async Task Services_starting_at_once_on_one_PostgreSQL_database_migrate_it_once()
    {
        await using var database = await TestPostgres.CreateAsync();

        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => TestStore.CreateAsync(StoreProvider.Postgres, database.ConnectionString))));

        try
        {
            Assert.Equal(AllMigrations, await stores[0].AppliedMigrationsAsync());
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_SQLite_store_made_by_the_previous_schema_is_baselined_upgraded_and_its_articles_are_searchable()
    {
        var directory = Directory.CreateTempSubdirectory("newspipe-previous-").FullName;
        try
        {
            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "newspipe.db")};Pooling=False"))
            {
                await connection.OpenAsync();
                await ExecuteAsync(connection, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "PreviousSchema", "sqlite.sql")));
                await ExecuteAsync(connection, InsertOldArticle(OldArticle.ToString().ToUpperInvariant(), "'2024-06-19 10:00:00'"));
            }

            await using var store = await TestStore.OpenSqliteAsync(directory);
            await AssertUpgradedAsync(store);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_PostgreSQL_store_made_by_the_previous_schema_is_baselined_upgraded_and_its_articles_are_searchable()
    {
        await using var database = await TestPostgres.CreateAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "PreviousSchema", "postgres.sql")));
            await ExecuteAsync(connection, InsertOldArticle(OldArticle.ToString(), "TIMESTAMPTZ '2024-06-19 10:00:00Z'"));
        }

        // Two services start at once on the old database: one baselines and upgrades, the other finds it done.
        var stores = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => TestStore.CreateAsync(StoreProvider.Postgres, database.ConnectionString))));
        try
        {
            await AssertUpgradedAsync(stores[0]);
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    private static async Task AssertUpgradedAsync(TestStore store)
    {
        Assert.Equal(AllMigrations, await store.AppliedMigrationsAsync());
        var article = await store.Queries.FindAsync(OldArticle.ToString(), CancellationToken.None);
        Assert.NotNull(article);
        Assert.Equal("Russia and North Korea Sign Mutual Defense Agreement", article.Title);
        Assert.Equal(("PERSON:kimjongun", "Kim Jong-Un", 2), (article.Entities[0].Id, article.Entities[0].Name, article.Entities[0].Mentions));
        Assert.Empty(article.Entities[0].Spellings);

        var found = await store.Queries.SearchAsync(new ArticleSearch("mutual defense", Entity: "Kim Jong-Un"), CancellationToken.None);
        Assert.Equal([OldArticle], found.Items.Select(h => h.Id));
        Assert.Contains(found.Items[0].Snippet, s => s.Highlighted);

        // New articles are indexed as they are stored, next to the old ones.
        var fresh = QueryArticles.Article("After the upgrade", "Another mutual defense pact.");
        await ArticleQueriesTests.SaveAsync(store, fresh);
        Assert.Equal(2, (await store.Queries.SearchAsync(new ArticleSearch("mutual defense"), CancellationToken.None)).Total);
    }

    private static string InsertOldArticle(string id, string time) => $"""
        INSERT INTO articles ("Id", "SourceName", "ContentHash", "Title", "Author", "Published", "Outlet", "Url", "Text", "Language",
            "LanguageConfidence", "Summary", "KeywordsJson", "EntitiesJson", "QuotesJson", "NotesJson", "StoryId", "DuplicateOf",
            "IngestedAt", "CleanedAt", "EnrichedAt", "StoredAt")
        VALUES ('{id}', '000_f658a43d2968eeb6.txt', 'hash', 'Russia and North Korea Sign Mutual Defense Agreement', NULL, '2024-06-19',
            'The New American', NULL, 'Putin signed a comprehensive strategic partnership agreement with Kim Jong-Un that pledges mutual defense.',
            'en', 0.99, 'Putin and Kim Jong-Un signed a treaty.', '["treaty"]', '[]', '[]', NULL, '{id}', NULL, {time}, {time}, {time}, {time});
        INSERT INTO entities ("Key", "Canonical", "Type", "FirstSeenAt") VALUES ('PERSON:kimjongun', 'Kim Jong-Un', 'PERSON', {time});
        INSERT INTO article_entities ("ArticleId", "EntityKey", "Mentions") VALUES ('{id}', 'PERSON:kimjongun', 2);
        """;

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
