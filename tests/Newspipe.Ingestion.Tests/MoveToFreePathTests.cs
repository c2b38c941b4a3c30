namespace Newspipe.Ingestion.Tests;

public sealed class MoveToFreePathTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Files_moved_to_one_name_at_the_same_moment_never_overwrite_each_other()
    {
        var sources = Enumerable.Range(0, 64).Select(i => temp.Write($"claims/{i}/same.html", $"file {i}")).ToList();
        var desired = temp.Combine("processed", "sub", "same.html");

        using var start = new Barrier(4);
        var targets = await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            start.SignalAndWait();
            return sources.Where((_, i) => i % 4 == worker).Select(s => InboxLayout.MoveToFreePath(s, desired)).ToList();
        })));

        var moved = targets.SelectMany(t => t).ToList();
        Assert.Equal(64, moved.Distinct().Count());
        Assert.Equal(
            Enumerable.Range(0, 64).Select(i => $"file {i}").Order(),
            Directory.GetFiles(Path.GetDirectoryName(desired)!).Select(File.ReadAllText).Order());
        Assert.Contains(temp.Combine("processed", "sub", "same (64).html"), moved);
    }
}
