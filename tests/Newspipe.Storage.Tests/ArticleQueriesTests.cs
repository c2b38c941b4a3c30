using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.Storage.Tests;

public sealed class ArticleQueriesTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Search_finds_articles_with_every_word_best_first_and_marks_the_words_in_plain_text_segments(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var strong = QueryArticles.Article(
            "Mutual defense pact signed", "Russia and North Korea signed a mutual defense pact: mutual defense <script>alert(1)</script> for both.");
        var weak = QueryArticles.Article("Talks in Pyongyang", "Leaders discussed trade. A mutual interest in defense was noted <b>today</b>.");
        var defenseOnly = QueryArticles.Article("Budget", "The defense budget grew.");
        var unrelated = QueryArticles.Article("Football", "The home team won the final.");
        await SaveAsync(store, strong, weak, defenseOnly, unrelated);

        var found = await store.Queries.SearchAsync(new ArticleSearch("mutual defense"), CancellationToken.None);

        Assert.Equal(2, found.Total);
        Assert.Equal([strong.ArticleId, weak.ArticleId], found.Items.Select(h => h.Id));
        Assert.True(found.Items[0].Rank > found.Items[1].Rank);
        var snippet = found.Items[0].Snippet;
        Assert.Contains(snippet, s => s.Highlighted);
        Assert.All(snippet.Where(s => s.Highlighted), s => Assert.Contains(s.Text.ToLowerInvariant(), new[] { "mutual", "defense", "mutual defense" }));
        var plain = string.Concat(snippet.Select(s => s.Text));
        Assert.DoesNotContain('\u0002', plain);
        Assert.DoesNotContain('\u0003', plain);
        // Text stays text: SQLite keeps the tag characters as they are, PostgreSQL's ts_headline leaves tags out; neither adds markup.
        Assert.Contains("alert(1)", plain, StringComparison.Ordinal);
        Assert.Equal(provider == StoreProvider.Sqlite, plain.Contains("<script>", StringComparison.Ordinal));

        var phrase = await store.Queries.SearchAsync(new ArticleSearch("\"mutual defense\""), CancellationToken.None);
        Assert.Equal([strong.ArticleId], phrase.Items.Select(h => h.Id));
        var either = await store.Queries.SearchAsync(new ArticleSearch("football OR budget"), CancellationToken.None);
        Assert.Equal(new[] { defenseOnly.ArticleId, unrelated.ArticleId }.Order(), either.Items.Select(h => h.Id).Order());
        var excluding = await store.Queries.SearchAsync(new ArticleSearch("defense -mutual"), CancellationToken.None);
        Assert.Equal([defenseOnly.ArticleId], excluding.Items.Select(h => h.Id));
        var stemmed = await store.Queries.SearchAsync(new ArticleSearch("pacts"), CancellationToken.None);
        Assert.Equal([strong.ArticleId], stemmed.Items.Select(h => h.Id));
        var operatorsAsText = await store.Queries.SearchAsync(new ArticleSearch("\"unclosed NEAR( * ^"), CancellationToken.None);
        Assert.Equal(0, operatorsAsText.Total);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Search_finds_British_and_American_spellings_alike_and_marks_the_spelling_found(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var american = QueryArticles.Article("Pact signed", "Russia and North Korea signed a mutual defense treaty in Pyongyang.");
        var british = QueryArticles.Article("Treaty signed", "Russia and North Korea signed a mutual defence treaty in Pyongyang.");
        var apart = QueryArticles.Article("Budget", "A mutual fund paid for the defence of the harbour.");
        var colour = QueryArticles.Article("Parade", "The colours of the parade were bright.");
        await SaveAsync(store, american, british, apart, colour);

        async Task<Guid[]> Ids(string text) =>
            (await store.Queries.SearchAsync(new ArticleSearch(text), CancellationToken.None)).Items.Select(h => h.Id).Order().ToArray();

        var both = new[] { american.ArticleId, british.ArticleId }.Order().ToArray();
        var bothWords = new[] { american.ArticleId, british.ArticleId, apart.ArticleId }.Order().ToArray();
        Assert.Equal(bothWords, await Ids("mutual defense"));
        Assert.Equal(bothWords, await Ids("mutual defence"));
        Assert.Equal(both, await Ids("\"mutual defense\""));
        Assert.Equal(both, await Ids("\"mutual defence\""));
        Assert.Equal([apart.ArticleId], await Ids("defense -treaty"));
        Assert.Equal([colour.ArticleId], await Ids("color"));
        Assert.Equal(new[] { colour.ArticleId, apart.ArticleId }.Order(), await Ids("colored OR harbor"));

        var found = await store.Queries.SearchAsync(new ArticleSearch("\"mutual defense\""), CancellationToken.None);
        var marked = found.Items.ToDictionary(h => h.Id, h => h.Snippet.Where(s => s.Highlighted).Select(s => s.Text.ToLowerInvariant()).ToList());
        Assert.Contains(marked[british.ArticleId], t => t.Contains("defence", StringComparison.Ordinal));
        Assert.Contains(marked[american.ArticleId], t => t.Contains("defense", StringComparison.Ordinal));

        // Whatever is typed, quotes, backslashes and either database's operators are text, never a syntax error.
        foreach (var typed in new[] { "it's", "a\\b", "defen:* & !x | y <-> z", "'defence'", "\"defence", "(colour)", "NOT defence", "- -" })
        {
            await store.Queries.SearchAsync(new ArticleSearch(typed), CancellationToken.None);
        }
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Pages_without_search_words_are_newest_first_and_never_overlap_or_skip(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var saved = Enumerable.Range(0, 23).Select(i => QueryArticles.Article($"Report {i}", $"Report number {i} about the harvest.")).ToList();
        await SaveAsync(store, [.. saved]);

        var pages = new List<ResultPage<ArticleHit>>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await store.Queries.SearchAsync(new ArticleSearch(Page: page, PageSize: 10), CancellationToken.None));
        }

        Assert.All(pages, p => Assert.Equal(23, p.Total));
        Assert.Equal([10, 10, 3], pages.Select(p => p.Items.Count));
        var hits = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(saved.Select(a => a.ArticleId).Order(), hits.Select(h => h.Id).Order());
        Assert.Equal(hits.OrderByDescending(h => h.StoredAt).Select(h => h.StoredAt), hits.Select(h => h.StoredAt));

        var ranked = new List<ArticleHit>();
        for (var page = 1; page <= 5; page++)
        {
            ranked.AddRange((await store.Queries.SearchAsync(new ArticleSearch("harvest", Page: page, PageSize: 5), CancellationToken.None)).Items);
        }

        Assert.Equal(saved.Select(a => a.ArticleId).Order(), ranked.Select(h => h.Id).Order());
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Filters_by_outlet_language_entity_story_and_dates_combine(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var kim = ("Kim Jong-Un", "Kim Jong Un", "PERSON");
        var first = QueryArticles.Article("Treaty signed", "The treaty was signed.", outlet: "Breitbart", published: "2024-06-19", entities: [kim]);
        var second = QueryArticles.Article(
            "Treaty follow-up", "The treaty takes effect.", outlet: "Yonhap", published: "2024-06-20T08:00:00+09:00", story: first.StoryId,
            entities: [("Kim Jong Un", "Kim Jong Un", "PERSON")]);
        var german = QueryArticles.Article("Vertrag unterzeichnet", "Der Vertrag wurde unterzeichnet.", outlet: "Yonhap", language: "de", published: null);
        await SaveAsync(store, first, second, german);

        async Task<Guid[]> Ids(ArticleSearch search) =>
            (await store.Queries.SearchAsync(search, CancellationToken.None)).Items.Select(h => h.Id).Order().ToArray();

        Assert.Equal(new[] { second.ArticleId, german.ArticleId }.Order(), await Ids(new ArticleSearch(Outlet: "yonhap")));
        Assert.Equal([german.ArticleId], await Ids(new ArticleSearch(Language: "de")));
        Assert.Equal(new[] { first.ArticleId, second.ArticleId }.Order(), await Ids(new ArticleSearch(Entity: "Kim Jong Un")));
        Assert.Equal(new[] { first.ArticleId, second.ArticleId }.Order(), await Ids(new ArticleSearch(Entity: "Kim Jong-Un")));
        Assert.Equal(new[] { first.ArticleId, second.ArticleId }.Order(), await Ids(new ArticleSearch(Entity: "PERSON:kimjongun")));
        Assert.Empty(await Ids(new ArticleSearch(Entity: "Nobody Known")));
        Assert.Equal(new[] { first.ArticleId, second.ArticleId }.Order(), await Ids(new ArticleSearch(Story: first.StoryId.ToString()[..8])));
        Assert.Equal([second.ArticleId], await Ids(new ArticleSearch(From: new DateOnly(2024, 6, 20))));
        Assert.Equal([first.ArticleId], await Ids(new ArticleSearch(To: new DateOnly(2024, 6, 19))));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(3, (await Ids(new ArticleSearch(From: today, To: today, DateField: SearchDateField.Stored))).Length);
        Assert.Equal([second.ArticleId], await Ids(new ArticleSearch("treaty", Outlet: "Yonhap", Entity: "Kim Jong Un")));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task An_article_reads_back_with_its_entities_spellings_story_original_notes_and_stage_times(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var original = QueryArticles.Article("Treaty signed", "Putin met Kim Jong-Un.", entities: [("Kim Jong-Un", "Kim Jong Un", "PERSON")]);
        var copy = QueryArticles.Article(
            "Treaty signed (copy)", "Putin met Kim Jong Un and Kim Jong-Un.", story: original.StoryId, duplicateOf: original.ArticleId,
            entities: [("Kim Jong Un", "Kim Jong Un", "PERSON"), ("Kim Jong-Un", "Kim Jong Un", "PERSON"), ("Putin", "Vladimir Putin", "PERSON")])
            with { Notes = ["text cut at 200000 characters"] };
        await SaveAsync(store, original, copy);

        var detail = await store.Queries.FindAsync(copy.ArticleId.ToString()[..8], CancellationToken.None);

        Assert.NotNull(detail);
        Assert.Equal(("Treaty signed (copy)", "Putin met Kim Jong Un and Kim Jong-Un."), (detail.Title, detail.Text));
        Assert.Equal(new ArticleLink(original.ArticleId, "Treaty signed"), detail.DuplicateOf);
        Assert.Equal(new StoryLink(original.StoryId, "Treaty signed", 2), detail.Story);
        Assert.Equal(["text cut at 200000 characters"], detail.Notes);
        var kim = detail.Entities[0];
        Assert.Equal(("PERSON:kimjongun", "Kim Jong Un", 2), (kim.Id, kim.Name, kim.Mentions));
        Assert.Equal(["Kim Jong Un", "Kim Jong-Un"], kim.Spellings.Order(StringComparer.Ordinal));
        Assert.Equal(["treaty", "defence"], detail.Keywords);
        Assert.Equal("Vladimir Putin", Assert.Single(detail.Quotes).Speaker);
        Assert.True(detail.Stages.IngestedAt < detail.Stages.CleanedAt && detail.Stages.EnrichedAt < detail.Stages.StoredAt);
        Assert.Equal(DateTimeKind.Utc, detail.Stages.StoredAt.Kind);
        Assert.Null(await store.Queries.FindAsync(Guid.NewGuid().ToString(), CancellationToken.None));
    }

    internal static async Task SaveAsync(TestStore store, params Contracts.ArticleEnriched[] articles)
    {
        foreach (var article in articles)
        {
            Assert.Equal(SaveResult.Stored, await store.Store.SaveAsync(article, Articles.Key, CancellationToken.None));
        }
    }
}
