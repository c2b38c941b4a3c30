using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Newspipe.Storage;

/// <summary>
/// The shared memory of every Enrich worker: which stories exist and which texts were seen. A new article is compared
/// only with the candidates an index gives (articles sharing one of its keys within the story window), never with a
/// scan of the store. Two articles that may end in one story share a key, so locking its keys serialises exactly the
/// assignments that could race: on PostgreSQL a transaction-scoped advisory lock per key, taken in ascending key order
/// (no deadlock), so workers on unrelated articles never wait for each other; in SQLite (one process) one writer at a time (<see cref="SqliteWriter"/>), the assignments waiting for it made together in one transaction.
/// </summary>
public sealed class StoryIndex
{
    /// <summary>Assignments SQLite takes in one transaction at most (each still sees the ones before it).</summary>
    private const int MaxSqliteBatch = 32;

    private static readonly ConcurrentDictionary<int, string> CandidateSqls = new();

    private readonly IDbContextFactory<NewspipeDbContext> contexts;
    private readonly IOptions<StoreOptions> options;
    private readonly DatabaseResilience database;
    private readonly StorySignatureCache signatures = new();
    private readonly GroupCommit<PendingAssignment, StoryAssignment> sqliteAssignments;

    public StoryIndex(IDbContextFactory<NewspipeDbContext> contexts, IOptions<StoreOptions> options, DatabaseResilience database)
    {
        this.contexts = contexts;
        this.options = options;
        this.database = database;
        // Not the callers' tokens: a caller that stops waiting must not cancel the others' assignments.
        sqliteAssignments = new GroupCommit<PendingAssignment, StoryAssignment>(
            batch => database.ExecuteAsync(
                token => SqliteWriter.RunAsync(StoreProvider.Sqlite, () => AssignAllAsync(batch, token), token), CancellationToken.None),
            MaxSqliteBatch);
    }

    /// <summary>
    /// Assigns the article to a story: the story of the most similar candidate when <paramref name="similarity"/>
    /// reaches <paramref name="threshold"/>, else a new story named after this article. The earliest candidate
    /// <paramref name="isNearDuplicate"/> accepts becomes <see cref="StoryAssignment.DuplicateOf"/>. Calling it again for
    /// the same article returns the first answer. On SQLite the assignments that wait for the one writer are made
    /// together, one after the other in one transaction (<see cref="GroupCommit{TItem, TResult}"/>); on PostgreSQL each
    /// is its own transaction, locking its own keys.
    /// </summary>
    public Task<StoryAssignment> AssignAsync(
        StoryEntry entry,
        Func<ulong, string, bool> isNearDuplicate,
        Func<string, double> similarity,
        double threshold,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var pending = new PendingAssignment(entry, entry.Keys.Distinct().Order().ToArray(), isNearDuplicate, similarity, threshold);
        if (options.Value.Provider == StoreProvider.Sqlite)
        {
            return sqliteAssignments.AddAsync(pending, cancellationToken);
        }

        return database.ExecuteAsync(async token => (await AssignAllAsync([pending], token))[0], cancellationToken);
    }

    /// <summary>The assignments in one transaction, in order, each seeing the ones before it.</summary>
    private async Task<StoryAssignment[]> AssignAllAsync(IReadOnlyList<PendingAssignment> batch, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (options.Value.Provider != StoreProvider.Sqlite && batch.SelectMany(p => p.Keys).Distinct().Order().ToArray() is { Length: > 0 } keys)
        {
            // unnest yields the sorted array in order, so every worker takes shared keys in the same order.
            await db.Database.ExecuteSqlRawAsync(
                "SELECT pg_advisory_xact_lock(k) FROM unnest(@keys) AS k", [new NpgsqlParameter<long[]>("keys", keys)], cancellationToken);
        }

        var results = new StoryAssignment[batch.Count];
        var inserted = new List<StoryEntry>();
        for (var i = 0; i < batch.Count; i++)
        {
            (results[i], var isNew) = await AssignInTransactionAsync(db, batch[i], cancellationToken);
            if (isNew)
            {
                inserted.Add(batch[i].Entry);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        // Only what this transaction stored: an article assigned before keeps the signature it was stored with.
        foreach (var entry in inserted)
        {
            signatures.Add(entry.ArticleId, entry.Signature);
        }

        return results;
    }

    /// <summary>The article's assignment, and whether it was made now (false: it had been made before).</summary>
    private async Task<(StoryAssignment Assignment, bool Inserted)> AssignInTransactionAsync(
        NewspipeDbContext db, PendingAssignment pending, CancellationToken cancellationToken)
    {
        var entry = pending.Entry;
        var existing = await db.StorySignatures.AsNoTracking().FirstOrDefaultAsync(s => s.ArticleId == entry.ArticleId, cancellationToken);
        if (existing is not null)
        {
            return (new StoryAssignment(existing.StoryId, existing.DuplicateOf), false);
        }

        var candidates = await CandidatesAsync(db, entry, pending.Keys, cancellationToken);
        var duplicateOf = candidates.FirstOrDefault(c => pending.IsNearDuplicate(unchecked((ulong)c.SimHash), c.Signature))?.ArticleId;
        var best = candidates
            .Select(c => (Candidate: c, Score: pending.Similarity(c.Signature)))
            .Where(x => x.Score >= pending.Threshold)
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        var storyId = best.Candidate?.StoryId ?? entry.ArticleId;
        await InsertAsync(db, entry, pending.Keys, storyId, duplicateOf, cancellationToken);
        return (new StoryAssignment(storyId, duplicateOf), true);
    }

    /// <summary>
    /// The article's story row and its keys, two inserts in one command: the change tracker's cost was the larger part
    /// of the write for some thirty rows nothing reads back.
    /// </summary>
    private static async Task InsertAsync(
        NewspipeDbContext db, StoryEntry entry, long[] keys, Guid storyId, Guid? duplicateOf, CancellationToken cancellationToken)
    {
        const int FirstKey = 7;
        // A null goes as the literal (a parameter needs a type); {2} is then left unused.
        var sql = $$"""
            INSERT INTO story_signatures ("ArticleId", "StoryId", "DuplicateOf", "SimHash", "Signature", "CreatedAt") VALUES ({0}, {1}, {{(duplicateOf is null ? "NULL" : "{2}")}}, {3}, {5}, {6});
            """;
        if (keys.Length > 0)
        {
            sql += $"""

                INSERT INTO story_keys ("Key", "ArticleId", "At") VALUES {string.Join(", ", keys.Select((_, i) => $"({{{FirstKey + i}}}, {{0}}, {{4}})"))};
                """;
        }

        object[] parameters =
        [
            entry.ArticleId, storyId, duplicateOf ?? Guid.Empty, unchecked((long)entry.SimHash), entry.At, entry.Signature, DateTime.UtcNow,
            .. keys.Cast<object>(),
        ];
        await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }

    /// <summary>
    /// Articles sharing the most keys with the entry within the story window, earliest first. Each key gives at most
    /// its newest <see cref="StoreOptions.StoryKeyPostingLimit"/> articles, so a key that many articles share (a common
    /// word or entity) costs the same however large the store grows. One statement ranks them and reads their rows
    /// without the signature; only signatures this process has not seen yet are read after it.
    /// </summary>
    private async Task<List<StoryCandidate>> CandidatesAsync(
        NewspipeDbContext db, StoryEntry entry, long[] keys, CancellationToken cancellationToken)
    {
        if (keys.Length == 0)
        {
            return [];
        }

        var rows = new List<StoryCandidate>();
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (options.Value.Provider == StoreProvider.Postgres)
            {
                command.CommandText = PostgresCandidatesSql;
                command.Parameters.Add(new NpgsqlParameter<long[]>("keys", keys));
            }
            else
            {
                command.CommandText = CandidatesSql(keys.Length);
                for (var i = 0; i < keys.Length; i++)
                {
                    AddParameter(command, $"@k{i}", keys[i]);
                }
            }

            AddParameter(command, "@from", entry.At - options.Value.StoryWindow);
            AddParameter(command, "@to", entry.At + options.Value.StoryWindow);
            AddParameter(command, "@perKey", options.Value.StoryKeyPostingLimit);
            AddParameter(command, "@limit", options.Value.StoryCandidateLimit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new StoryCandidate(reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetDateTime(3)));
            }
        }

        var known = await SignaturesAsync(db, rows, cancellationToken);
        return rows
            .Select(c => c with { Signature = known[c.ArticleId] })
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.ArticleId)
            .ToList();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// The newest postings of each of <paramref name="keyCount"/> keys (<c>@k0</c>…) within the window (one index
    /// range per key, at most <c>@perKey</c> each), the <c>@limit</c> articles among them sharing the most keys, and
    /// their story rows: one statement that SQLite and PostgreSQL both read. A key's postings come from the covering
    /// index on (key, time, article) read backwards, with no table lookup and no sort (hence the ties on time broken
    /// by the newer article id first).
    /// </summary>
    private static string CandidatesSql(int keyCount) => CandidateSqls.GetOrAdd(keyCount, count =>
        $"""
        SELECT s."ArticleId", s."StoryId", s."SimHash", s."CreatedAt"
        FROM (
            SELECT "ArticleId", COUNT(*) AS shared
            FROM ({string.Join(" UNION ALL ", Enumerable.Range(0, count).Select(i =>
                $"""SELECT "ArticleId" FROM (SELECT "ArticleId" FROM story_keys WHERE "Key" = @k{i} AND "At" >= @from AND "At" <= @to ORDER BY "At" DESC, "ArticleId" DESC LIMIT @perKey) AS k{i}"""))}) AS postings
            GROUP BY "ArticleId"
            ORDER BY shared DESC, "ArticleId"
            LIMIT @limit) AS c
        JOIN story_signatures AS s ON s."ArticleId" = c."ArticleId"
        """);

    /// <summary>
    /// The same candidates as <see cref="CandidatesSql"/> on PostgreSQL, in one statement whatever the number of keys
    /// (<c>@keys</c>, distinct): each key's postings by a lateral join on the same index range. Its text never changes,
    /// so it is planned as one small query (prepared once a connection) instead of one branch per key.
    /// </summary>
    private const string PostgresCandidatesSql = """
        SELECT s."ArticleId", s."StoryId", s."SimHash", s."CreatedAt"
        FROM (
            SELECT p."ArticleId", COUNT(*) AS shared
            FROM unnest(@keys) AS k(key)
            CROSS JOIN LATERAL (
                SELECT "ArticleId" FROM story_keys
                WHERE "Key" = k.key AND "At" >= @from AND "At" <= @to
                ORDER BY "At" DESC, "ArticleId" DESC
                LIMIT @perKey) AS p
            GROUP BY p."ArticleId"
            ORDER BY shared DESC, p."ArticleId"
            LIMIT @limit) AS c
        JOIN story_signatures AS s ON s."ArticleId" = c."ArticleId"
        """;

    /// <summary>The candidates' signatures: from the cache, the others read (and cached).</summary>
    private async Task<Dictionary<Guid, string>> SignaturesAsync(NewspipeDbContext db, List<StoryCandidate> rows, CancellationToken cancellationToken)
    {
        var known = new Dictionary<Guid, string>(rows.Count);
        var unknown = new List<Guid>();
        foreach (var row in rows)
        {
            if (signatures.TryGet(row.ArticleId, out var signature))
            {
                known[row.ArticleId] = signature;
            }
            else
            {
                unknown.Add(row.ArticleId);
            }
        }

        if (unknown.Count > 0)
        {
            var read = await db.StorySignatures.AsNoTracking()
                .Where(s => unknown.Contains(s.ArticleId))
                .Select(s => new { s.ArticleId, s.Signature })
                .ToListAsync(cancellationToken);
            foreach (var row in read)
            {
                known[row.ArticleId] = row.Signature;
                signatures.Add(row.ArticleId, row.Signature);
            }
        }

        return known;
    }
}
