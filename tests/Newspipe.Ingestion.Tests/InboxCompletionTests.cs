using System.Text.Json;

namespace Newspipe.Ingestion.Tests;

public sealed class InboxCompletionTests : InboxTestBase
{
    [Fact]
    public async Task Completed_files_never_overwrite_earlier_ones_in_processed()
    {
        await using var inbox = new RunningInbox(Options());
        Temp.Write("inbox/sub/same.html", "<p>first</p>");
        await inbox.WaitForAsync(1);
        Temp.Write("inbox/sub/same.html", "<p>second</p>");
        await inbox.WaitForAsync(2);
        await Task.Delay(Settle);

        var processed = Path.Combine(Root, "processed", "sub");
        Assert.Equal("<p>first</p>", File.ReadAllText(Path.Combine(processed, "same.html")));
        Assert.Equal("<p>second</p>", File.ReadAllText(Path.Combine(processed, "same (2).html")));
    }

    [Fact]
    public async Task A_failed_file_is_moved_to_failed_with_an_error_sidecar()
    {
        Temp.Write("inbox/sub/broken.json", "{ not json");
        var reader = new ArticleFileReader(Options());
        await using var inbox = new RunningInbox(Options(), async (file, _) =>
        {
            var error = Assert.Throws<ArticleFileException>(() => reader.Read(file.Path, file.Name));
            await file.FailAsync(error.Reason);
        });

        await inbox.WaitForAsync(1);
        await Task.Delay(Settle);

        var failed = Path.Combine(Root, "failed", "sub", "broken.json");
        Assert.Equal("{ not json", File.ReadAllText(failed));
        using var sidecar = JsonDocument.Parse(File.ReadAllText(failed + ".error.json"));
        Assert.Equal("sub/broken.json", sidecar.RootElement.GetProperty("file").GetString());
        Assert.StartsWith("is not valid JSON", sidecar.RootElement.GetProperty("reason").GetString());
        Assert.True(sidecar.RootElement.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task A_released_file_is_yielded_again()
    {
        Temp.Write("inbox/sub/retry.txt", "try me twice");
        var attempts = 0;
        await using var inbox = new RunningInbox(Options(), (file, ct) =>
            ++attempts == 1 ? file.ReleaseAsync(ct) : file.CompleteAsync(ct));

        var yielded = await inbox.WaitForAsync(2);
        await Task.Delay(Settle * 2);

        Assert.Equal(["sub/retry.txt", "sub/retry.txt"], inbox.Yielded.Select(f => f.Name));
        Assert.Equal("try me twice", yielded[1].Content);
        Assert.Equal("try me twice", File.ReadAllText(Path.Combine(Root, "processed", "sub", "retry.txt")));
    }

    [Fact]
    public async Task Delete_removes_the_completed_file()
    {
        Temp.Write("inbox/gone.txt", "gone");
        await using var inbox = new RunningInbox(Options(ProcessedFileAction.Delete));
        await inbox.WaitForAsync(1);
        await Task.Delay(Settle);

        Assert.DoesNotContain(Directory.GetFiles(Root, "*", SearchOption.AllDirectories), f => !f.Contains(".newspipe"));
    }

    [Fact]
    public async Task Keep_leaves_the_file_in_place_and_yields_it_again_only_when_it_changes()
    {
        var options = Options(ProcessedFileAction.Keep);
        options.RescanInterval = TimeSpan.FromMilliseconds(300);
        Temp.Write("inbox/kept.txt", "version 1");

        await using (var inbox = new RunningInbox(options))
        {
            await inbox.WaitForAsync(1);
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            Assert.Single(inbox.Yielded);
            Assert.Equal("version 1", File.ReadAllText(Path.Combine(Root, "kept.txt")));
        }

        // A restart does not yield it again either; an edit does.
        await using var restarted = new RunningInbox(options);
        await Task.Delay(Settle * 4);
        Assert.Empty(restarted.Yielded);
        File.WriteAllText(Path.Combine(Root, "kept.txt"), "version 2");
        var yielded = await restarted.WaitForAsync(1);
        Assert.Equal("version 2", Assert.Single(yielded).Content);
    }

    [Theory]
    [InlineData("with  spaces .html")]
    [InlineData("-rf --leading-dashes.txt")]
    [InlineData("café – 日本語 ñ.md")]
    [InlineData("a..b..html")]
    [InlineData("up../a..html")]
    [InlineData("back\\slash.html")]
    public async Task Hostile_file_names_work_and_stay_inside_the_inbox(string name)
    {
        Temp.Write("inbox/" + name, "<p>text</p>");
        await using var inbox = new RunningInbox(Options());
        var yielded = await inbox.WaitForAsync(1);

        Assert.Equal(name, Assert.Single(yielded).Name);
        await Task.Delay(Settle);
        Assert.True(File.Exists(Path.Combine(Root, "processed", name)));
    }

    [Fact]
    public async Task A_very_long_file_name_works_and_fails_with_a_sidecar()
    {
        var name = new string('l', 240) + ".txt";
        Temp.Write("inbox/" + name, "text");
        await using var inbox = new RunningInbox(Options(), (file, ct) => file.FailAsync("too long to like", ct));
        Assert.Equal(name, Assert.Single(await inbox.WaitForAsync(1)).Name);
        await Task.Delay(Settle);

        var failed = Directory.GetFiles(Path.Combine(Root, "failed")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2, failed.Count);
        Assert.Contains(name, failed);
        Assert.Contains(failed, f => f!.EndsWith(".error.json", StringComparison.Ordinal));
    }
}
