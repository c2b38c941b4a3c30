using System.Diagnostics;
using System.Text;

namespace Newspipe.Ingestion.Tests;

/// <summary>Files that are not what they seem: links out of the inbox, pipes, bad bytes, writers that pause.</summary>
public sealed class HostileFileTests : InboxTestBase
{
    private readonly ArticleFileReader reader = new(new InboxOptions { MaxFileBytes = 64 * 1024 });

    [Fact]
    public void A_symbolic_link_to_a_file_outside_is_refused_without_reading_its_target()
    {
        var secret = Temp.Write("outside/secret.txt", "root:x:0:0:root:/root:/bin/bash");
        var link = Temp.Combine("inbox", "passwd.txt");
        File.CreateSymbolicLink(link, secret);

        var refused = Assert.Throws<ArticleFileException>(() => reader.Read(link, "passwd.txt"));

        Assert.Contains("symbolic link", refused.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_is_refused()
    {
        Directory.CreateDirectory(Temp.Combine("outside-folder"));
        var link = Temp.Combine("inbox", "folder.txt");
        Directory.CreateSymbolicLink(link, Temp.Combine("outside-folder"));

        var refused = Assert.Throws<ArticleFileException>(() => reader.Read(link, "folder.txt"));

        Assert.Contains("symbolic link", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_at_once_instead_of_holding_the_reader()
    {
        var fifo = Temp.Combine("inbox", "pipe.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var read = Task.Run(() => reader.Read(fifo, "pipe.txt"));
        var refused = await Assert.ThrowsAsync<ArticleFileException>(() => read.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Contains("named pipe", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_with_a_few_bad_bytes_stays_utf8_with_the_bad_bytes_replaced_and_counted()
    {
        var text = Encoding.UTF8.GetBytes("Prices rose to £5 — a record for the café. Next line: naïve résumé.");
        var broken = text.Take(6).Append((byte)0xFF).Concat(text.Skip(6)).ToArray();
        var path = Temp.Combine("inbox", "broken.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, broken);

        var document = Assert.Single(reader.Read(path, "broken.txt"));

        Assert.Equal("utf-8", document.Encoding);
        Assert.Contains("£5 — a record for the café", document.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Â£", document.Content, StringComparison.Ordinal);
        Assert.Equal(["1 invalid utf-8 byte sequence(s) replaced by U+FFFD"], document.Notes);
    }

    [Fact]
    public void A_real_windows_1252_file_still_reads_as_windows_1252()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Prices rose to £5 — a record for the café.");
        var path = Temp.Combine("inbox", "latin.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);

        var document = Assert.Single(reader.Read(path, "latin.txt"));

        Assert.Equal("windows-1252", document.Encoding);
        Assert.Equal("Prices rose to £5 — a record for the café.", document.Content);
        Assert.Empty(document.Notes);
    }

    [Fact]
    public async Task A_writer_that_pauses_longer_than_the_settle_time_gets_its_whole_file_read_once()
    {
        await using var inbox = new RunningInbox(Options());
        var path = Path.Combine(Root, "paused.txt");
        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite))
        {
            await writer.WriteAsync(Encoding.UTF8.GetBytes("First half of the article. "));
            await writer.FlushAsync();
            await Task.Delay(Settle * 6);
            Assert.Empty(inbox.Yielded);
            await writer.WriteAsync(Encoding.UTF8.GetBytes("Second half of the article."));
        }

        await inbox.WaitForAsync(1);
        await Task.Delay(Settle * 4);

        var file = Assert.Single(inbox.Yielded);
        Assert.Equal("First half of the article. Second half of the article.", file.Content);
    }

    [Fact]
    public async Task A_linked_folder_in_the_inbox_is_never_entered_and_nothing_outside_is_moved()
    {
        var outside = Temp.Combine("outside");
        Directory.CreateDirectory(Path.Combine(outside, "deeper"));
        var decoys = new[] { Path.Combine(outside, "passwd"), Path.Combine(outside, "notes.txt"), Path.Combine(outside, "deeper", "more.txt") };
        foreach (var decoy in decoys)
        {
            File.WriteAllText(decoy, "must stay where it is");
        }

        await using var inbox = new Inbox(Options(), Microsoft.Extensions.Logging.Abstractions.NullLogger<Inbox>.Instance);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(6));
        var yielded = new List<string>();
        var watching = Task.Run(async () =>
        {
            try
            {
                await foreach (var file in inbox.WatchAsync(stop.Token))
                {
                    yielded.Add(file.Name);
                    var refused = Assert.Throws<ArticleFileException>(() => reader.Read(file.Path, file.Name));
                    await file.FailAsync(refused.Reason);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        await Task.Delay(Settle);
        Directory.CreateSymbolicLink(Path.Combine(Root, "linked.txt"), outside);
        await watching;

        Assert.Equal(["linked.txt"], yielded);
        Assert.All(decoys, decoy => Assert.True(File.Exists(decoy), $"{decoy} was moved"));
        Assert.True(new FileInfo(Path.Combine(Root, "failed", "linked.txt")).LinkTarget is not null);
    }
}
