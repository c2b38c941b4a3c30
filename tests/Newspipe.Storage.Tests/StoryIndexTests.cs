using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.Storage.Tests;

public sealed class StoryIndexTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task Workers_assigning_at_once_put_one_event_into_one_story(StoreProvider provider)
    {
        await using var factory = await TestStore.CreateAsync(provider);
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();

        // Every signature "about" the event is similar to every other; several workers race to assign them.
        var assignments = await Task.WhenAll(ids.Select(id => Task.Run(() => factory.Stories.AssignAsync(
            id, (ulong)id.GetHashCode(), "event", (_, _) => false, other => other == "event" ? 0.9 : 0, 0.5, CancellationToken.None))));

        Assert.Single(assignments.Select(a => a.StoryId).Distinct());
        Assert.Contains(assignments[0].StoryId, ids);
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

        var first = await factory.Stories.AssignAsync(original, 42, "treaty", (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        var second = await factory.Stories.AssignAsync(unrelated, 7, "football", (_, _) => false, _ => 0, 0.5, CancellationToken.None);
        var third = await factory.Stories.AssignAsync(
            copy, 42, "treaty", (simHash, _) => simHash == 42, other => other == "treaty" ? 1 : 0, 0.5, CancellationToken.None);
        var again = await factory.Stories.AssignAsync(copy, 42, "treaty", (_, _) => false, _ => 0, 0.5, CancellationToken.None);

        Assert.Equal(original, first.StoryId);
        Assert.Equal(unrelated, second.StoryId);
        Assert.Equal(original, third.StoryId);
        Assert.Equal(original, third.DuplicateOf);
        Assert.Equal(third, again);
    }
}
