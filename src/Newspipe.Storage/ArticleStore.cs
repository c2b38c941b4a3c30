using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newspipe.Contracts;

namespace Newspipe.Storage;

/// <summary>Writes and reads articles and failures; idempotent by article id so a redelivered message stores nothing twice.</summary>
public sealed class ArticleStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // 3 parameters an entity, well under SQLite's limit of 32,766 a statement.
    private const int SqliteEntitiesPerStatement = 1000;

    // 4 parameters a link.
    private const int SqliteLinksPerStatement = 1000;

    /// <summary>Enough to take a burst in a few transactions; few enough to keep one transaction short.</summary>
    private const int MaxBatch = 64;

    private readonly IDbContextFactory<NewspipeDbContext> contexts;
    private readonly StoreOptions options;

    private readonly DatabaseResilience database;
    private readonly GroupCommit<PendingArticle, SaveResult> writes;

    public ArticleStore(IDbContextFactory<NewspipeDbContext> contexts, IOptions<StoreOptions> options, DatabaseResilience database)
    {
        this.contexts = contexts;
        this.options = options.Value;
        this.database = database;
        writes = new GroupCommit<PendingArticle, SaveResult>(WriteAsync, MaxBatch);
    }

    public StoreProvider Provider => options.Provider;

    /// <summary>
    /// Stores an enriched article with its entity links. Entities are keyed by <paramref name="entityKey"/> (type and
    /// canonical name → identity), so every spelling across articles meets in one entity row. The article's open
    /// failures (a replay that got through, or the file dropped again) are resolved in the same transaction, whether it
    /// was stored now or before. Articles saved at the same time are written in one transaction
    /// (<see cref="GroupCommit{TItem, TResult}"/>); the task completes once this one's transaction committed. If that
    /// transaction fails, each of its articles is tried alone, so one bad article fails only its own message (whatever
    /// the error is taken for: SQLite's refusals can look transient); with the database away, the circuit breaker fails
    /// the single tries at once.
    /// </summary>
    public Task<SaveResult> SaveAsync(
        ArticleEnriched article, Func<EntityMention, string> entityKey, CancellationToken cancellationToken) =>
        writes.AddAsync(new PendingArticle(article, entityKey), cancellationToken);

    // Not the callers' tokens: a caller that stops waiting must not cancel the others' write.
    private Task<SaveResult[]> WriteAsync(IReadOnlyList<PendingArticle> batch) =>
        database.ExecuteAsync(
            token => SqliteWriter.RunAsync(options.Provider, () => SaveOnceAsync(batch, token), token), CancellationToken.None);

    private async Task<SaveResult[]> SaveOnceAsync(IReadOnlyList<PendingArticle> batch, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var results = new SaveResult[batch.Count];
        var ids = batch.Select(p => p.Article.ArticleId).Distinct().ToList();
        var fresh = await FreshAsync(db, batch, ids, results, cancellationToken);
        if (fresh.Count == 0)
        {
            await FailureStore.ResolveArticlesAsync(db, ids, cancellationToken);
            return results;
        }

        var now = DateTime.UtcNow;
        // Entities and articles in one fixed order: two writers inserting overlapping sets then wait on each other, never deadlock.
        var mentions = fresh.ToDictionary(
            i => i,
            i => batch[i].Article.Entities.GroupBy(batch[i].EntityKey).OrderBy(entity => entity.Key, StringComparer.Ordinal).ToList());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entities = mentions.Values.SelectMany(m => m)
            .GroupBy(entity => entity.Key, StringComparer.Ordinal)
            .OrderBy(entity => entity.Key, StringComparer.Ordinal)
            .Select(entity => (entity.Key, entity.First().First()))
            .ToList();
        await InsertEntitiesAsync(db, entities, now, cancellationToken);
        var links = new List<ArticleEntityRecord>();
        foreach (var i in fresh.OrderBy(i => batch[i].Article.ArticleId))
        {
            db.Articles.Add(ToRecord(batch[i].Article, now));
            links.AddRange(Links(batch[i].Article, mentions[i]));
        }

        try
        {
            await InsertLinksAsync(db, links, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await FailureStore.ResolveArticlesAsync(db, ids, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (batch.Count == 1)
        {
            // Another worker may have stored the same article between our check and our insert.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await db.Articles.AnyAsync(a => a.Id == batch[0].Article.ArticleId, cancellationToken))
            {
                await FailureStore.ResolveArticlesAsync(db, ids, cancellationToken);
                return [SaveResult.AlreadyStored];
            }

            throw;
        }

        foreach (var i in fresh)
        {
            results[i] = SaveResult.Stored;
        }

        return results;
    }

    /// <summary>
    /// The positions in the batch of articles to write: not stored yet, and each id once (a redelivery may meet its
    /// first delivery in one batch); <paramref name="ids"/> are the batch's distinct ids. The others are marked already stored.
    /// </summary>
    private static async Task<List<int>> FreshAsync(
        NewspipeDbContext db, IReadOnlyList<PendingArticle> batch, List<Guid> ids, SaveResult[] results, CancellationToken cancellationToken)
    {
        var seen = (await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = new List<int>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (seen.Add(batch[i].Article.ArticleId))
            {
                fresh.Add(i);
            }
            else
            {
                results[i] = SaveResult.AlreadyStored;
            }
        }

        return fresh;
    }

    private static IEnumerable<ArticleEntityRecord> Links(ArticleEnriched article, IReadOnlyList<IGrouping<string, EntityMention>> mentions) =>
        mentions.Select(entity => new ArticleEntityRecord
        {
            ArticleId = article.ArticleId,
            EntityKey = entity.Key,
            Mentions = entity.Count(),
            Spellings = EntitySpellings.Write(entity.Select(m => m.Text)),
        });

    /// <summary>
    /// The articles' entity links: through the change tracker on PostgreSQL, which sends them as one batch; on SQLite,
    /// where each tracked row would be a statement of its own, prepared anew under the one writer, as one statement per
    /// chunk.
    /// </summary>
    private async Task InsertLinksAsync(NewspipeDbContext db, List<ArticleEntityRecord> links, CancellationToken cancellationToken)
    {
        if (options.Provider == StoreProvider.Postgres)
        {
            db.ArticleEntities.AddRange(links);
            return;
        }

        foreach (var chunk in links.Chunk(SqliteLinksPerStatement))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{4 * i}}}, {{{4 * i + 1}}}, {{{4 * i + 2}}}, {{{4 * i + 3}}})"));
            var parameters = chunk.SelectMany(link => new object[] { link.ArticleId, link.EntityKey, link.Mentions, link.Spellings }).ToArray();
            // Only placeholders are put together here; every value goes as a parameter.
            await db.Database.ExecuteSqlAsync(
                FormattableStringFactory.Create(
                    "INSERT INTO article_entities (\"ArticleId\", \"EntityKey\", \"Mentions\", \"Spellings\") VALUES " + values, parameters),
                cancellationToken);
        }
    }

    /// <summary>Every new entity of an article in one statement (one round trip, not one per entity); known ones are left as they are.</summary>
    private async Task InsertEntitiesAsync(
        NewspipeDbContext db, IReadOnlyList<(string Key, EntityMention First)> entities, DateTime now, CancellationToken cancellationToken)
    {
        if (entities.Count == 0)
        {
            return;
        }

        const string Insert = "INSERT INTO entities (\"Key\", \"Canonical\", \"Type\", \"FirstSeenAt\") ";
        if (options.Provider == StoreProvider.Postgres)
        {
            // unnest keeps the array order, so rows are inserted in key order as before.
            await db.Database.ExecuteSqlRawAsync(
                Insert + "SELECT k, c, t, {0} FROM unnest({1}, {2}, {3}) AS u(k, c, t) ON CONFLICT DO NOTHING",
                [now, entities.Select(e => e.Key).ToArray(), entities.Select(e => e.First.Canonical).ToArray(), entities.Select(e => e.First.Type).ToArray()],
                cancellationToken);
            return;
        }

        // SQLite takes a limited number of parameters in one statement: a large batch goes in chunks.
        foreach (var chunk in entities.Chunk(SqliteEntitiesPerStatement))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{3 * i + 1}}}, {{{3 * i + 2}}}, {{{3 * i + 3}}}, {{0}})"));
            var parameters = new List<object> { now };
            foreach (var (key, first) in chunk)
            {
                parameters.AddRange([key, first.Canonical, first.Type]);
            }

            // Only placeholders are put together here; every value goes as a parameter.
            await db.Database.ExecuteSqlAsync(
                FormattableStringFactory.Create(Insert + "VALUES " + values + " ON CONFLICT DO NOTHING", [.. parameters]), cancellationToken);
        }
    }

    public async Task<bool> ExistsAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.CountAsync(cancellationToken);
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.StoredAt)
            .Take(limit)
            .Select(a => new ArticleSummary(
                a.Id, a.Title, a.Outlet, a.Published, a.Language, a.StoryId, a.DuplicateOf, a.SourceName, a.IngestedAt, a.StoredAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>An article by its id or a unique prefix of it (as shown by the list); null when none or several match.</summary>
    public async Task<StoredArticle?> FindAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = await IdPrefix.ResolveAsync(db.Articles.AsNoTracking().Select(a => a.Id), idOrPrefix, cancellationToken);

        var record = id is null ? null : await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var keys = await db.ArticleEntities.AsNoTracking().Where(l => l.ArticleId == record.Id)
            .Join(db.Entities.AsNoTracking(), l => l.EntityKey, e => e.Key, (l, e) => e)
            .ToListAsync(cancellationToken);
        return new StoredArticle(
            record,
            JsonSerializer.Deserialize<List<string>>(record.KeywordsJson, Json) ?? [],
            JsonSerializer.Deserialize<List<EntityMention>>(record.EntitiesJson, Json) ?? [],
            JsonSerializer.Deserialize<List<Quotation>>(record.QuotesJson, Json) ?? [],
            keys);
    }

    private static ArticleRecord ToRecord(ArticleEnriched article, DateTime storedAt) => new()
    {
        Id = article.ArticleId,
        SourceName = article.SourceName,
        ContentHash = article.ContentHash,
        Title = article.Metadata.Title ?? "",
        Author = article.Metadata.Author,
        Published = article.Metadata.Published,
        Outlet = article.Metadata.Outlet,
        Url = article.Metadata.Url,
        Text = article.Text,
        Language = article.Language,
        LanguageConfidence = article.LanguageConfidence,
        Summary = article.Summary,
        KeywordsJson = JsonSerializer.Serialize(article.Keywords, Json),
        EntitiesJson = JsonSerializer.Serialize(article.Entities, Json),
        QuotesJson = JsonSerializer.Serialize(article.Quotes, Json),
        NotesJson = article.Notes is { Count: > 0 } notes ? JsonSerializer.Serialize(notes, Json) : null,
        JourneyJson = article.Journey is { Count: > 0 } journey ? JsonSerializer.Serialize(journey, Json) : null,
        StoryId = article.StoryId,
        DuplicateOf = article.DuplicateOf,
        IngestedAt = article.IngestedAt.UtcDateTime,
        CleanedAt = article.CleanedAt.UtcDateTime,
        EnrichedAt = article.EnrichedAt.UtcDateTime,
        StoredAt = storedAt,
    };
}
