using Newspipe.Contracts;
using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.Storage.Tests;

public sealed class FailureStoreTests
{
    private const string Stack = """
        Newspipe.ServiceDefaults.InjectedFaultException: boom
           at Newspipe.Enrich.EnrichArticleConsumer.Consume(ConsumeContext`1 context) in /src/Enrich/EnrichArticleConsumer.cs:line 20
           at MassTransit.DependencyInjection.ScopeConsumerFactory`1.Send[TMessage](ConsumeContext`1 context)
        """;

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task A_capture_delivered_twice_is_recorded_once_with_everything_needed_to_replay_it(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var failed = Failed("a.txt");

        var first = await store.Failures.RecordAsync(failed, CancellationToken.None);
        var second = await store.Failures.RecordAsync(failed, CancellationToken.None);

        Assert.True(first.IsNew);
        Assert.False(second.IsNew);
        var listed = Assert.Single(await store.Failures.ListAsync(new FailureQuery(), CancellationToken.None));
        Assert.Equal(first.Failure.Id, listed.Id);
        Assert.Equal(("enrich", "enrich-article", 3, "trace-1"), (listed.Stage, listed.Queue, listed.Attempts, listed.TraceId));
        Assert.Contains("\"sourceName\":\"a.txt\"", listed.Payload, StringComparison.Ordinal);
        Assert.Contains("MT-Fault", listed.HeadersJson, StringComparison.Ordinal);
        Assert.Equal("enrich · InjectedFaultException · Newspipe.Enrich.EnrichArticleConsumer.Consume(ConsumeContext`1 context)", listed.GroupTitle);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Failures_of_one_cause_form_one_group_and_other_causes_another(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        for (var i = 0; i < 3; i++)
        {
            await store.Failures.RecordAsync(Failed($"b-{i}.txt"), CancellationToken.None);
        }

        await store.Failures.RecordAsync(Failed("c.txt") with { ExceptionType = "System.InvalidOperationException" }, CancellationToken.None);

        var groups = await store.Failures.GroupsAsync(FailureStatus.Unresolved, CancellationToken.None);
        Assert.Equal([3, 1], groups.Select(g => g.Count));
        var inGroup = await store.Failures.ListAsync(new FailureQuery(GroupKey: groups[0].Key), CancellationToken.None);
        Assert.Equal(["b-0.txt", "b-1.txt", "b-2.txt"], inGroup.Select(f => f.SourceName).Order());
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task A_replay_requested_from_two_places_is_claimed_by_one_replayer(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var recorded = await store.Failures.RecordAsync(Failed("d.txt"), CancellationToken.None);

        var requests = await Task.WhenAll(
            store.Failures.RequestReplayAsync(new FailureSelection(Id: recorded.Failure.Id.ToString()), CancellationToken.None),
            store.Failures.RequestReplayAsync(new FailureSelection(Id: recorded.Failure.Id.ToString()[..8]), CancellationToken.None));
        var claims = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => store.Failures.ClaimReplaysAsync(10, CancellationToken.None))));

        Assert.Equal(1, requests.Sum());
        Assert.Single(claims.SelectMany(c => c));
        Assert.Empty(await store.Failures.ListAsync(new FailureQuery(), CancellationToken.None));
        Assert.Single(await store.Failures.ListAsync(new FailureQuery(Status: FailureStatus.Replayed), CancellationToken.None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task A_replay_that_fails_again_comes_back_with_its_repeat_count_raised_and_a_stored_article_resolves_it(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var original = (await store.Failures.RecordAsync(Failed("e.txt"), CancellationToken.None)).Failure;
        await store.Failures.RequestReplayAsync(new FailureSelection(Stage: "enrich"), CancellationToken.None);
        await store.Failures.ClaimReplaysAsync(10, CancellationToken.None);

        var again = await store.Failures.RecordAsync(
            Failed("e.txt") with { MessageId = Guid.NewGuid(), ReplayOf = original.Id, Reason = "still broken" }, CancellationToken.None);

        Assert.False(again.IsNew);
        var listed = Assert.Single(await store.Failures.ListAsync(new FailureQuery(), CancellationToken.None));
        Assert.Equal((original.Id, 1, 1, "still broken", 6), (listed.Id, listed.RepeatCount, listed.ReplayCount, listed.Reason, listed.Attempts));

        Assert.Equal(
            SaveResult.Stored,
            await store.Store.SaveAsync(Articles.Enriched(original.ArticleId!.Value, "Stored at last"), Articles.Key, CancellationToken.None));
        Assert.Empty(await store.Failures.ListAsync(new FailureQuery(), CancellationToken.None));
        Assert.Single(await store.Failures.ListAsync(new FailureQuery(Status: FailureStatus.Resolved), CancellationToken.None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Storing_an_article_resolves_its_failures_whether_it_is_new_or_already_stored(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var first = (await store.Failures.RecordAsync(Failed("a.txt"), CancellationToken.None)).Failure;
        var second = (await store.Failures.RecordAsync(Failed("b.txt"), CancellationToken.None)).Failure;
        var other = (await store.Failures.RecordAsync(Failed("c.txt"), CancellationToken.None)).Failure;
        var stored = Articles.Enriched(second.ArticleId!.Value, "Stored before");
        await store.Store.SaveAsync(stored, Articles.Key, CancellationToken.None);
        await store.Failures.RecordAsync(Failed("b.txt") with { ArticleId = second.ArticleId, MessageId = Guid.NewGuid() }, CancellationToken.None);

        Assert.Equal(SaveResult.Stored, await store.Store.SaveAsync(Articles.Enriched(first.ArticleId!.Value, "New"), Articles.Key, CancellationToken.None));
        Assert.Equal(SaveResult.AlreadyStored, await store.Store.SaveAsync(stored, Articles.Key, CancellationToken.None));

        var open = await store.Failures.ListAsync(new FailureQuery(), CancellationToken.None);
        Assert.Equal([other.Id], open.Select(f => f.Id));
        var resolved = await store.Failures.ListAsync(new FailureQuery(Status: FailureStatus.Resolved), CancellationToken.None);
        Assert.Contains(resolved, f => f.Id == first.Id);
        Assert.Contains(resolved, f => f.ArticleId == second.ArticleId);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task A_failed_file_replayed_and_rejected_again_is_the_same_failure(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var file = new ArticleFailed
        {
            SourceName = "empty.txt", Stage = "ingest", Reason = "empty.txt is empty", FailedAt = DateTimeOffset.UtcNow,
            ExceptionType = "Newspipe.Ingestion.ArticleFileException", FailedFile = "empty.txt",
        };
        var first = (await store.Failures.RecordAsync(file, CancellationToken.None)).Failure;
        await store.Failures.RequestReplayAsync(new FailureSelection(All: true), CancellationToken.None);
        Assert.Equal("empty.txt", Assert.Single(await store.Failures.ClaimReplaysAsync(10, CancellationToken.None)).FailedFile);

        await store.Failures.RecordAsync(file with { FailedFile = "empty (2).txt" }, CancellationToken.None);

        var listed = Assert.Single(await store.Failures.ListAsync(new FailureQuery(), CancellationToken.None));
        Assert.Equal((first.Id, 1, "empty (2).txt"), (listed.Id, listed.RepeatCount, listed.FailedFile));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Archived_failures_are_hidden_kept_and_can_be_brought_back(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.Failures.RecordAsync(Failed("f.txt"), CancellationToken.None);
        await store.Failures.RecordAsync(Failed("g.txt"), CancellationToken.None);

        Assert.Equal(2, await store.Failures.ArchiveAsync(new FailureSelection(All: true), CancellationToken.None));
        Assert.Empty(await store.Failures.ListAsync(new FailureQuery(), CancellationToken.None));
        Assert.Equal(2, (await store.Failures.ListAsync(new FailureQuery(Status: FailureStatus.Archived), CancellationToken.None)).Count);
        Assert.Equal(0, await store.Failures.RequestReplayAsync(new FailureSelection(All: true), CancellationToken.None));

        Assert.Equal(2, await store.Failures.UnarchiveAsync(new FailureSelection(Stage: "enrich"), CancellationToken.None));
        Assert.Equal(2, (await store.Failures.ListAsync(new FailureQuery(), CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Many_failures_page_newest_first_in_a_stable_order_with_none_twice_or_missing(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var recorded = new List<Guid>();
        for (var i = 0; i < 250; i++)
        {
            // Ten failures share each time, so only the id can order them.
            var failed = Failed($"p-{i}.txt") with { FailedAt = start.AddMinutes(i / 10) };
            recorded.Add((await store.Failures.RecordAsync(failed, CancellationToken.None)).Failure.Id);
        }

        var pages = new List<ResultPage<FailureRecord>>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await store.Failures.PageAsync(new FailureQuery(Page: page, PageSize: 100), CancellationToken.None));
        }

        Assert.All(pages, p => Assert.Equal((250, 100), (p.Total, p.PageSize)));
        Assert.Equal([100, 100, 50, 0], pages.Select(p => p.Items.Count));
        var listed = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(recorded.Order(), listed.Select(f => f.Id).Order());
        Assert.Equal(listed.Select(f => f.LastFailedAt).OrderDescending(), listed.Select(f => f.LastFailedAt));
        Assert.Equal(start.AddMinutes(24).UtcDateTime, listed[0].LastFailedAt);

        var again = await store.Failures.ListAsync(new FailureQuery(Page: 2, PageSize: 100), CancellationToken.None);
        Assert.Equal(pages[1].Items.Select(f => f.Id), again.Select(f => f.Id));
        var inSmallerPages = await store.Failures.ListAsync(new FailureQuery(Page: 7, PageSize: 30), CancellationToken.None);
        Assert.Equal(listed.Skip(180).Take(30).Select(f => f.Id), inSmallerPages.Select(f => f.Id));
    }

    private static ArticleFailed Failed(string source)
    {
        var articleId = Guid.NewGuid();
        return new ArticleFailed
        {
            ArticleId = articleId,
            SourceName = source,
            Stage = "enrich",
            Reason = "boom",
            FailedAt = DateTimeOffset.UtcNow,
            Queue = "enrich-article",
            ExceptionType = "Newspipe.ServiceDefaults.InjectedFaultException",
            StackTrace = Stack,
            Attempts = 3,
            MessageId = Guid.NewGuid(),
            MessageType = "urn:message:Newspipe.Contracts:ArticleCleaned",
            Body = $$$"""{"messageId":"x","message":{"articleId":"{{{articleId}}}","sourceName":"{{{source}}}"}}""",
            Headers = new Dictionary<string, string> { ["MT-Fault-Message"] = "boom" },
            TraceId = "trace-1",
            Process = "test (pid 1)",
        };
    }
}
