using System.Text.Json;
using Newspipe.Cleaning;
using Newspipe.Enrichment;
using Newspipe.Ingestion;
using Npgsql;
using NpgsqlTypes;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// Fills a PostgreSQL store with articles already stored, fast (binary COPY): the articles, their story signatures
/// and index keys, made from a few hundred really enriched benchmark articles under new ids, dated evenly over the
/// past year as a store that has run for a year would be.
/// </summary>
internal static class PrestoredArticles
{
    private static readonly TimeSpan Span = TimeSpan.FromDays(365);

    public static IReadOnlyList<StoredArticleTemplate> Templates(IReadOnlyList<string> files)
    {
        var reader = new ArticleFileReader(new InboxOptions());
        var cleaner = new ArticleCleaner();
        var enricher = new ArticleEnricher();
        return files.AsParallel().AsOrdered().SelectMany(file => reader.Read(file, Path.GetFileName(file))).Select(document =>
        {
            var cleaned = cleaner.Clean(document.Content, document.Format, document.Metadata());
            var enrichment = enricher.Enrich(cleaned.Title, cleaned.Text);
            return new StoredArticleTemplate(
                cleaned.Title, cleaned.Text, enrichment.Summary, enrichment.SimHash,
                JsonSerializer.Serialize(enrichment.Signature), StoryKeys.Of(enrichment.SimHash, enrichment.Signature));
        }).ToList();
    }

    public static async Task InsertAsync(string connectionString, IReadOnlyList<StoredArticleTemplate> templates, int count, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var rows = Enumerable.Range(0, count)
            .Select(i => (Id: Guid.NewGuid(), At: now - Span + Span * ((double)i / count) - TimeSpan.FromDays(1), Template: templates[i % templates.Count]))
            .ToList();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var articles = await connection.BeginBinaryImportAsync(
            """COPY articles ("Id", "SourceName", "ContentHash", "Title", "Text", "Language", "LanguageConfidence", "Summary", "KeywordsJson", "EntitiesJson", "QuotesJson", "StoryId", "IngestedAt", "CleanedAt", "EnrichedAt", "StoredAt") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            foreach (var (id, at, template) in rows)
            {
                await articles.StartRowAsync(cancellationToken);
                await articles.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await articles.WriteAsync($"prestored/{id:N}.txt", NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync(id.ToString("N"), NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync(template.Title, NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync(template.Text, NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync("en", NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync(1.0, NpgsqlDbType.Double, cancellationToken);
                await articles.WriteAsync(template.Summary, NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync("[]", NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync("[]", NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync("[]", NpgsqlDbType.Text, cancellationToken);
                await articles.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                for (var column = 0; column < 4; column++)
                {
                    await articles.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                }
            }

            await articles.CompleteAsync(cancellationToken);
        }

        await using (var signatures = await connection.BeginBinaryImportAsync(
            """COPY story_signatures ("ArticleId", "StoryId", "SimHash", "Signature", "CreatedAt") FROM STDIN (FORMAT BINARY)""", cancellationToken))
        {
            foreach (var (id, at, template) in rows)
            {
                await signatures.StartRowAsync(cancellationToken);
                await signatures.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await signatures.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await signatures.WriteAsync(unchecked((long)template.SimHash), NpgsqlDbType.Bigint, cancellationToken);
                await signatures.WriteAsync(template.Signature, NpgsqlDbType.Text, cancellationToken);
                await signatures.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await signatures.CompleteAsync(cancellationToken);
        }

        await using (var keys = await connection.BeginBinaryImportAsync(
            """COPY story_keys ("Key", "ArticleId", "At") FROM STDIN (FORMAT BINARY)""", cancellationToken))
        {
            foreach (var (id, at, template) in rows)
            {
                foreach (var key in template.Keys)
                {
                    await keys.StartRowAsync(cancellationToken);
                    await keys.WriteAsync(key, NpgsqlDbType.Bigint, cancellationToken);
                    await keys.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                    await keys.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                }
            }

            await keys.CompleteAsync(cancellationToken);
        }

        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }
}
