namespace Newspipe.Ingestion.Tests;

public sealed class InboxPickupTests : InboxTestBase
{
    [Fact]
    public async Task Files_present_before_start_up_are_yielded_including_subfolders()
    {
        Temp.Write("inbox/a.html", "<p>a</p>");
        Temp.Write("inbox/sub/b.txt", "b");
        Temp.Write("inbox/sub/deeper/c.md", "# c");

        await using var inbox = new RunningInbox(Options());
        var yielded = await inbox.WaitForAsync(3);

        Assert.Equal(["a.html", "sub/b.txt", "sub/deeper/c.md"], yielded.Select(f => f.Name).Order());
        Assert.Equal("b", yielded.Single(f => f.Name == "sub/b.txt").Content);
        Assert.True(File.Exists(Path.Combine(Root, "processed", "sub", "deeper", "c.md")));
        Assert.False(File.Exists(Path.Combine(Root, "a.html")));
    }

    [Fact]
    public async Task A_file_written_slowly_in_chunks_is_yielded_once_and_whole()
    {
        await using var inbox = new RunningInbox(Options());
        var chunk = new string('x', 1000) + "\n";
        await using (var writer = new StreamWriter(Path.Combine(Root, "slow.txt")))
        {
            for (var i = 0; i < 12; i++)
            {
                await writer.WriteAsync(chunk);
                await writer.FlushAsync();

                // Well under the settle time between chunks, 1.2 s in all: far longer than the settle time.
                await Task.Delay(100);
            }
        }

        await inbox.WaitForAsync(1);
        await Task.Delay(Settle * 4);

        var file = Assert.Single(inbox.Yielded);
        Assert.Equal("slow.txt", file.Name);
        Assert.Equal(12 * chunk.Length, file.Content.Length);
    }

    [Fact]
    public async Task A_thousand_files_copied_in_at_once_are_each_yielded_exactly_once()
    {
        var staging = Temp.Combine("staging");
        Directory.CreateDirectory(staging);
        for (var i = 0; i < 1000; i++)
        {
            File.WriteAllText(Path.Combine(staging, $"article-{i:D4}.txt"), $"Article number {i}.");
        }

        await using var inbox = new RunningInbox(Options());
        foreach (var file in Directory.GetFiles(staging))
        {
            File.Copy(file, Path.Combine(Root, Path.GetFileName(file)));
        }

        await inbox.WaitForAsync(1000, TimeSpan.FromSeconds(60));
        await Task.Delay(Settle * 3);

        var names = inbox.Yielded.Select(f => f.Name).ToList();
        Assert.Equal(1000, names.Count);
        Assert.Equal(1000, names.Distinct().Count());
        Assert.Equal(1000, Directory.GetFiles(Path.Combine(Root, "processed")).Length);
        Assert.All(inbox.Yielded, f => Assert.Equal($"Article number {int.Parse(f.Name[8..12])}.", f.Content));
    }

    [Fact]
    public async Task Files_created_in_subfolders_renamed_or_moved_in_are_yielded()
    {
        await using var inbox = new RunningInbox(Options());

        Temp.Write("inbox/new/deep/created.html", "<p>created</p>");
        var outside = Temp.Write("elsewhere/moved.txt", "moved");
        File.Move(outside, Path.Combine(Root, "moved.txt"));
        Temp.Write("elsewhere/folder/one.txt", "one");
        Temp.Write("elsewhere/folder/inner/two.txt", "two");
        Directory.Move(Temp.Combine("elsewhere", "folder"), Path.Combine(Root, "folder"));
        var written = Temp.Write("inbox/draft.txt.tmp", "renamed");
        File.Move(written, Path.Combine(Root, "renamed.txt"));

        var yielded = await inbox.WaitForAsync(5);

        Assert.Equal(
            ["folder/inner/two.txt", "folder/one.txt", "moved.txt", "new/deep/created.html", "renamed.txt"],
            yielded.Select(f => f.Name).Order());
    }

    [Fact]
    public async Task Temporary_names_are_ignored_until_renamed()
    {
        await using var inbox = new RunningInbox(Options());
        var part = Temp.Write("inbox/download.html.part", "<p>article</p>");
        Temp.Write("inbox/chrome.html.crdownload", "x");
        Temp.Write("inbox/copy.tmp", "x");
        Temp.Write("inbox/.hidden.html", "x");
        Temp.Write("inbox/~$lock.txt", "x");
        Temp.Write("inbox/.dotfolder/a.html", "x");

        await Task.Delay(Settle * 4);
        Assert.Empty(inbox.Yielded);

        File.Move(part, Path.Combine(Root, "download.html"));
        await inbox.WaitForAsync(1);
        await Task.Delay(Settle * 2);

        Assert.Equal(["download.html"], inbox.Yielded.Select(f => f.Name));
        Assert.True(File.Exists(Path.Combine(Root, "copy.tmp")));
    }
}
