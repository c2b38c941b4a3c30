using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Newspipe.Cleaning;
using Newspipe.Contracts;
using Newspipe.Enrichment;
using Newspipe.Ingestion;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// The limit: the four stages' logic chained in this process (read and identify the file, clean, enrich, group into
/// a story, serialise the stored article into memory) on every core, with no transport and no database.
/// </summary>
internal sealed class LimitRun
{
    private readonly ArticleFileReader reader = new(new InboxOptions());
    private readonly ArticleCleaner cleaner = new();
    private readonly ArticleEnricher enricher = new();
    private readonly InMemoryStories stories = new();
    private readonly ConcurrentDictionary<Guid, byte[]> store = new();

    /// <summary>Articles per second over <paramref name="files"/>, as fast as all cores go.</summary>
    public double Throughput(IReadOnlyList<string> files, BenchProgress progress)
    {
        cleaner.WarmUp();
        enricher.WarmUp();
        var done = 0;
        var started = Stopwatch.GetTimestamp();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            Process(file);
            progress.Report(Interlocked.Increment(ref done), files.Count);
        });
        return files.Count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Read-to-stored milliseconds of each of <paramref name="files"/>, fed at <paramref name="rate"/> a second.</summary>
    public async Task<IReadOnlyList<double>> LatenciesAsync(IReadOnlyList<string> files, double rate, BenchProgress progress)
    {
        var queue = Channel.CreateUnbounded<(string File, long Arrived)>();
        var latencies = new ConcurrentBag<double>();
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var (file, arrived) in queue.Reader.ReadAllAsync())
            {
                Process(file);
                latencies.Add(Stopwatch.GetElapsedTime(arrived).TotalMilliseconds);
                progress.Report(latencies.Count, files.Count);
            }
        })).ToList();
        await BenchPacing.PaceAsync(files, rate, file => queue.Writer.TryWrite((file, Stopwatch.GetTimestamp())));
        queue.Writer.Complete();
        await Task.WhenAll(workers);
        return latencies.ToList();
    }

    private void Process(string file)
    {
        foreach (var document in reader.Read(file, Path.GetFileName(file)))
        {
            var cleaned = cleaner.Clean(document.Content, document.Format, document.Metadata());
            var enrichment = enricher.Enrich(cleaned.Title, cleaned.Text);
            var (storyId, duplicateOf) = stories.Assign(document.ArticleId, enrichment);
            var stored = new ArticleEnriched
            {
                ArticleId = document.ArticleId,
                SourceName = document.Name,
                ContentHash = document.ContentHash,
                Metadata = new ArticleMetadata { Title = cleaned.Title, Author = cleaned.Author, Published = cleaned.Published, Outlet = cleaned.Outlet },
                Text = cleaned.Text,
                Language = enrichment.Language,
                LanguageConfidence = enrichment.LanguageConfidence,
                Entities = EnrichmentContract.Entities(enrichment),
                Quotes = EnrichmentContract.Quotes(enrichment),
                Keywords = enrichment.Keywords,
                Summary = enrichment.Summary,
                StoryId = storyId,
                DuplicateOf = duplicateOf,
                IngestedAt = DateTimeOffset.UtcNow,
                CleanedAt = DateTimeOffset.UtcNow,
                EnrichedAt = DateTimeOffset.UtcNow,
            };
            store[document.ArticleId] = JsonSerializer.SerializeToUtf8Bytes(stored);
        }
    }
}
