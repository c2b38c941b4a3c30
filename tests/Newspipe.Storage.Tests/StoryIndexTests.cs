using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.Storage.Tests;

public sealed class StoryIndexTests
{
    private static readonly DateTime Now = DateTime.UtcNow;

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Workers_assigning_at_once_put_one_event_into_one_story(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();

        // Every signature "about" the event is similar to every other and shares a key with each other (as articles of
        // one story do), each also has keys of its own; several workers race to assign them.
        var assignments = await Task.WhenAll(ids.Select((id, i) => Task.Run(() => factory.Stories.AssignAsync(
            Entry(id, "event", Now, 1, 100 + i),
            (_, _) => false,
            other => other == "event" ? 0.9 : 0,
            0.5,
            CancellationToken.None))));

        Assert.Single(assignments.Select(a => a.StoryId).Distinct());
        Assert.Contains(assignments[0].StoryId, ids);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Workers_on_unrelated_articles_open_one_story_each(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var ids = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();

        var assignments = await Task.WhenAll(ids.Select((id, i) => Task.Run(() => factory.Stories.AssignAsync(
            Entry(id, "topic " + i, Now, 10 * i, 10 * i + 1), (_, _) => false, _ => 0.9, 0.5, CancellationToken.None))));

        Assert.Equal(ids, assignments.Select(a => a.StoryId));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Unrelated_articles_open_their_own_stories_and_copies_point_to_the_original(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var original = Guid.NewGuid();
        var unrelated = Guid.NewGuid();
        var copy = Guid.NewGuid();

        var first = await factory.Stories.AssignAsync(Entry(original, "treaty", Now, 1, 2), (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        var second = await factory.Stories.AssignAsync(Entry(unrelated, "football", Now, 3), (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        var third = await factory.Stories.AssignAsync(
            Entry(copy, "treaty", Now, 2, 4), (simHash, _) => simHash == 42, other => other == "treaty" ? 1 : 0, 0.5, CancellationToken.None);
        var again = await factory.Stories.AssignAsync(Entry(copy, "treaty", Now, 2, 4), (_, _) => false, _ => 0, 0.5, CancellationToken.None);

        Assert.Equal(original, first.StoryId);
        Assert.Equal(unrelated, second.StoryId);
        Assert.Equal(original, third.StoryId);
        Assert.Equal(original, third.DuplicateOf);
        Assert.Equal(third, again);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Only_articles_sharing_a_key_within_the_story_window_are_compared(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var compared = new List<string>();
        await factory.Stories.AssignAsync(Entry(Guid.NewGuid(), "same key, in the window", Now.AddDays(-2), 7), (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        await factory.Stories.AssignAsync(Entry(Guid.NewGuid(), "same key, too early", Now.AddDays(-30), 7), (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        await factory.Stories.AssignAsync(Entry(Guid.NewGuid(), "other key", Now, 8), (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        var late = Guid.NewGuid();

        var assignment = await factory.Stories.AssignAsync(Entry(late, "new", Now, 7, 9), (_, _) => false, Recording(compared, 1), 0.5, CancellationToken.None);

        Assert.Equal(["same key, in the window"], compared);
        Assert.NotEqual(late, assignment.StoryId);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task A_key_many_articles_share_gives_only_its_newest_but_every_other_key_still_counts(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider, settings: new Dictionary<string, string?> { ["Store:StoryKeyPostingLimit"] = "2" });
        for (var day = 5; day >= 1; day--)
        {
            await factory.Stories.AssignAsync(Entry(Guid.NewGuid(), $"common, {day} days old", Now.AddDays(-day), 7), (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        }

        await factory.Stories.AssignAsync(Entry(Guid.NewGuid(), "common and rare, 6 days old", Now.AddDays(-6), 7, 11), (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        var compared = new List<string>();

        await factory.Stories.AssignAsync(Entry(Guid.NewGuid(), "new", Now, 7, 11), (_, _) => false, Recording(compared, 0), 0.5, CancellationToken.None);

        // Key 7 gives its two newest; key 11 still finds the older article that shares it.
        Assert.Equal(["common and rare, 6 days old", "common, 1 days old", "common, 2 days old"], compared.Order());
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task An_assignment_that_throws_fails_alone_and_the_ones_made_with_it_are_kept(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        await factory.Stories.AssignAsync(Entry(Guid.NewGuid(), "first", Now, 7), (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        // One assignment holds the writer (on SQLite) while the 20 queue up behind it, so that they meet in one
        // transaction; the eleventh cannot compare.
        var comparing = new TaskCompletionSource();
        using var release = new ManualResetEventSlim();
        var holder = Holding(factory, Entry(Guid.NewGuid(), "holder", Now, 7), comparing, release);
        await comparing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var assignments = ids.Select((id, i) => factory.Stories.AssignAsync(
            Entry(id, $"article {i}", Now, 7),
            (_, _) => false,
            _ => i == 10 ? throw new InvalidOperationException("cannot compare") : 0,
            0.5,
            CancellationToken.None)).ToList();
        release.Set();
        await holder;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => assignments[10]);
        Assert.Equal("cannot compare", error.Message);
        foreach (var (assignment, id) in assignments.Zip(ids).Where((_, i) => i != 10))
        {
            Assert.Equal(id, (await assignment).StoryId);
        }

        // Kept: asked again, each gives its first answer; the one that failed can still be assigned.
        Assert.Equal(ids[0], (await factory.Stories.AssignAsync(Entry(ids[0], "article 0", Now, 7), (_, _) => false, _ => 1, 0.5, CancellationToken.None)).StoryId);
        Assert.NotEqual(ids[10], (await factory.Stories.AssignAsync(Entry(ids[10], "article 10", Now, 7), (_, _) => false, _ => 1, 0.5, CancellationToken.None)).StoryId);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task An_article_that_arrives_while_the_first_of_its_story_is_being_assigned_joins_that_story(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        await factory.Stories.AssignAsync(Entry(Guid.NewGuid(), "background", Now, 7), (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        var first = Guid.NewGuid();

        // The story's first article holds its assignment open (on SQLite the one writer, on PostgreSQL its keys) when
        // the second one arrives, sharing one of its keys.
        var comparing = new TaskCompletionSource();
        using var release = new ManualResetEventSlim();
        var holder = Holding(factory, Entry(first, "event", Now, 7, 8), comparing, release);
        await comparing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = Task.Run(() => factory.Stories.AssignAsync(
            Entry(Guid.NewGuid(), "event", Now, 8, 9), (_, _) => false, other => other == "event" ? 0.9 : 0, 0.5, CancellationToken.None));
        // Time for the second to start (when it is slower, it meets the first committed: the outcome must be the same).
        await Task.Delay(TimeSpan.FromSeconds(1));
        release.Set();

        Assert.Equal(first, (await holder).StoryId);
        Assert.Equal(first, (await second).StoryId);
    }

    /// <summary>
    /// An assignment that, once it compares (it needs a candidate), holds its turn (on SQLite the one writer, on
    /// PostgreSQL its keys) until <paramref name="release"/> is set, and opens a story of its own.
    /// </summary>
    private static Task<StoryAssignment> Holding(TestStore factory, StoryEntry entry, TaskCompletionSource comparing, ManualResetEventSlim release) =>
        factory.Stories.AssignAsync(
            entry,
            (_, _) => false,
            _ =>
            {
                comparing.TrySetResult();
                release.Wait(TimeSpan.FromSeconds(30));
                return 0;
            },
            0.5,
            CancellationToken.None);

    /// <summary>A similarity that gives <paramref name="score"/> to every candidate and notes each one it was asked about.</summary>
    private static Func<string, double> Recording(List<string> compared, double score) => other =>
    {
        compared.Add(other);
        return score;
    };

    private static StoryEntry Entry(Guid id, string signature, DateTime at, params long[] keys) =>
        new(id, at, 42, signature, keys);
}
