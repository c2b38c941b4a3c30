using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;

using Newspipe.Ingestion;

namespace Newspipe.Benchmarks.Ingestion;

/// <summary>
/// Measures files/s through <see cref="Inbox"/> and <see cref="ArticleFileReader"/> (claim, read, complete) for a
/// backlog of small files, and the floor for the same files: one directory listing and a read of each.
/// </summary>
public static class InboxBenchmark
{
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(100);

    public static async Task<InboxBenchmarkReport> RunAsync(string workDir, int files, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(files);
        var root = Path.Combine(Path.GetFullPath(workDir), $"inbox-benchmark-{Guid.NewGuid():N}");
        try
        {
            var bytes = WriteArticles(root, files);
            var floor = MeasureFloor(root, files);
            var inbox = await MeasureInboxAsync(root, files, ct);
            return new InboxBenchmarkReport
            {
                Files = files,
                Bytes = bytes,
                SettleTime = SettleTime,
                InboxElapsed = inbox,
                FloorElapsed = floor,
            };
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static long WriteArticles(string root, int files)
    {
        Directory.CreateDirectory(root);
        long bytes = 0;
        for (var i = 0; i < files; i++)
        {
            var content = Encoding.UTF8.GetBytes(
                $"<html><head><meta charset=\"utf-8\"><title>Article {i}</title></head><body><h1>Article {i}</h1>" +
                $"<p>{string.Concat(Enumerable.Repeat($"Paragraph text of article {i}. ", 40))}</p></body></html>");
            File.WriteAllBytes(Path.Combine(root, $"article-{i:D6}.html"), content);
            bytes += content.Length;
        }

        return bytes;
    }

    private static TimeSpan MeasureFloor(string root, int files)
    {
        var stopwatch = Stopwatch.StartNew();
        long read = 0;
        foreach (var file in Directory.EnumerateFiles(root))
        {
            read += File.ReadAllBytes(file).Length;
        }

        stopwatch.Stop();
        return read > 0 && files > 0 ? stopwatch.Elapsed : throw new InvalidOperationException("Nothing was read.");
    }

    private static async Task<TimeSpan> MeasureInboxAsync(string root, int files, CancellationToken ct)
    {
        var options = new InboxOptions { Path = root, SettleTime = SettleTime };
        var reader = new ArticleFileReader(options);
        var stopwatch = Stopwatch.StartNew();
        await using var inbox = new Inbox(options, NullLogger<Inbox>.Instance);
        var done = 0;
        await foreach (var file in inbox.WatchAsync(ct))
        {
            reader.Read(file.Path, file.Name);
            await file.CompleteAsync(ct);
            if (++done == files)
            {
                break;
            }
        }

        return stopwatch.Elapsed;
    }
}
