using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Newspipe.Contracts;

namespace Newspipe.Storage;

/// <summary>
/// The one place failures live, in the same database in both modes: recorded from <see cref="ArticleFailed"/>, listed
/// and grouped, replayed (a request any process can make; the running pipeline's replayer claims each request once)
/// and archived. Every state change is a conditional update, so two people replaying at once replay once.
/// </summary>
public sealed class FailureStore(IDbContextFactory<NewspipeDbContext> contexts, DatabaseResilience database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly FailureStatus[] Open = [FailureStatus.Unresolved, FailureStatus.ReplayRequested, FailureStatus.Replayed];

    /// <summary>
    /// Writes a failure, once: a capture delivered twice changes nothing, and a failure of a replayed message (or of a
    /// replayed file) updates the failure it came from, raising its repeat count, instead of adding another.
    /// </summary>
    public Task<RecordedFailure> RecordAsync(ArticleFailed failed, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                var existing = await FindOriginAsync(db, failed, token);
                if (existing is not null)
                {
                    return await UpdateAsync(db, existing, failed, token);
                }

                var record = ToRecord(failed);
                db.Failures.Add(record);
                try
                {
                    await db.SaveChangesAsync(token);
                    return new RecordedFailure(record, IsNew: true);
                }
                catch (DbUpdateException)
                {
                    // Another recorder wrote the same capture first.
                    db.ChangeTracker.Clear();
                    return new RecordedFailure(await db.Failures.AsNoTracking().SingleAsync(f => f.Id == record.Id, token), IsNew: false);
                }
            },
            cancellationToken);

    /// <summary>
    /// One page of the failures <paramref name="query"/> selects, newest first; ties broken by id, so paging neither
    /// repeats nor skips a failure while the list stays the same.
    /// </summary>
    public Task<IReadOnlyList<FailureRecord>> ListAsync(FailureQuery query, CancellationToken cancellationToken) =>
        database.ExecuteAsync<IReadOnlyList<FailureRecord>>(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                var size = Math.Clamp(query.PageSize, 1, FailureQuery.MaxPageSize);
                return await Filter(db.Failures.AsNoTracking(), query)
                    .OrderByDescending(f => f.LastFailedAt).ThenBy(f => f.Id)
                    .Skip((Math.Max(1, query.Page) - 1) * size).Take(size)
                    .ToListAsync(token);
            },
            cancellationToken);

    /// <summary>One page of the failures <paramref name="query"/> selects, with how many it selects in all.</summary>
    public async Task<ResultPage<FailureRecord>> PageAsync(FailureQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, FailureQuery.MaxPageSize);
        var items = await ListAsync(query, cancellationToken);
        return new ResultPage<FailureRecord>(await CountAsync(query, cancellationToken), page, size, items);
    }

    public Task<int> CountAsync(FailureQuery query, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                return await Filter(db.Failures, query).CountAsync(token);
            },
            cancellationToken);

    /// <summary>The groups of the failures <paramref name="status"/> selects (default: unresolved), largest first.</summary>
    public Task<IReadOnlyList<FailureGroup>> GroupsAsync(FailureStatus? status, CancellationToken cancellationToken) =>
        database.ExecuteAsync<IReadOnlyList<FailureGroup>>(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                var rows = await Filter(db.Failures.AsNoTracking(), new FailureQuery(Status: status))
                    .GroupBy(f => new { f.GroupKey, f.GroupTitle, f.Stage, f.ExceptionType })
                    .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(f => f.LastFailedAt) })
                    .ToListAsync(token);
                return rows
                    .Select(r => new FailureGroup(r.Key.GroupKey, r.Key.GroupTitle, r.Key.Stage, r.Key.ExceptionType, r.Count, r.Last))
                    .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .ToList();
            },
            cancellationToken);

    /// <summary>A failure by id or unique id prefix; null when none or several match.</summary>
    public Task<FailureRecord?> FindAsync(string idOrPrefix, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                var id = await ResolveIdAsync(db, idOrPrefix, token);
                return id is null ? null : await db.Failures.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, token);
            },
            cancellationToken);

    /// <summary>Marks the selected unresolved failures for replay; returns how many. The pipeline's replayer sends them.</summary>
    public Task<int> RequestReplayAsync(FailureSelection selection, CancellationToken cancellationToken) =>
        TransitionAsync(selection, FailureStatus.Unresolved, FailureStatus.ReplayRequested, cancellationToken);

    /// <summary>Hides the selected unresolved failures (kept, listed with <c>--status Archived</c>).</summary>
    public Task<int> ArchiveAsync(FailureSelection selection, CancellationToken cancellationToken) =>
        TransitionAsync(selection, FailureStatus.Unresolved, FailureStatus.Archived, cancellationToken);

    public Task<int> UnarchiveAsync(FailureSelection selection, CancellationToken cancellationToken) =>
        TransitionAsync(selection, FailureStatus.Archived, FailureStatus.Unresolved, cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="max"/> replay requests for this process to send: each request is taken by exactly
    /// one caller (a conditional update), however many replayers run.
    /// </summary>
    public Task<IReadOnlyList<FailureRecord>> ClaimReplaysAsync(int max, CancellationToken cancellationToken) =>
        database.ExecuteAsync<IReadOnlyList<FailureRecord>>(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                var requested = await db.Failures.AsNoTracking()
                    .Where(f => f.Status == FailureStatus.ReplayRequested)
                    .OrderBy(f => f.LastFailedAt).Take(max)
                    .ToListAsync(token);
                var claimed = new List<FailureRecord>(requested.Count);
                var now = DateTime.UtcNow;
                foreach (var failure in requested)
                {
                    var taken = await db.Failures
                        .Where(f => f.Id == failure.Id && f.Status == FailureStatus.ReplayRequested)
                        .ExecuteUpdateAsync(
                            set => set.SetProperty(f => f.Status, FailureStatus.Replayed)
                                .SetProperty(f => f.ReplayedAt, now)
                                .SetProperty(f => f.ReplayCount, f => f.ReplayCount + 1),
                            token);
                    if (taken == 1)
                    {
                        claimed.Add(failure);
                    }
                }

                return claimed;
            },
            cancellationToken);

    /// <summary>A replay that could not even be sent (its message cannot be read back): the failure returns, repeat count raised.</summary>
    public Task ReturnUnsentAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                await db.Failures.Where(f => f.Id == id).ExecuteUpdateAsync(
                    set => set.SetProperty(f => f.Status, FailureStatus.Unresolved)
                        .SetProperty(f => f.RepeatCount, f => f.RepeatCount + 1)
                        .SetProperty(f => f.Reason, reason)
                        .SetProperty(f => f.LastFailedAt, DateTime.UtcNow),
                    token);
            },
            cancellationToken);

    /// <summary>
    /// The open failures of these articles marked resolved, in the caller's context (and transaction): the store
    /// does it as it writes the articles (<see cref="ArticleStore.SaveAsync"/>).
    /// </summary>
    internal static Task<int> ResolveArticlesAsync(NewspipeDbContext db, IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        return db.Failures
            .Where(f => f.ArticleId != null && articleIds.Contains(f.ArticleId.Value) && Open.Contains(f.Status))
            .ExecuteUpdateAsync(
                set => set.SetProperty(f => f.Status, FailureStatus.Resolved).SetProperty(f => f.ResolvedAt, now),
                cancellationToken);
    }

    private Task<int> TransitionAsync(FailureSelection selection, FailureStatus from, FailureStatus to, CancellationToken cancellationToken)
    {
        if (selection.IsEmpty)
        {
            throw new ArgumentException("Say which failures: an id, a group, a stage, or all.", nameof(selection));
        }

        return database.ExecuteAsync(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                var query = db.Failures.Where(f => f.Status == from);
                if (selection.Id is not null)
                {
                    var id = await ResolveIdAsync(db, selection.Id, token);
                    if (id is null)
                    {
                        return 0;
                    }

                    query = query.Where(f => f.Id == id);
                }

                query = selection.GroupKey is null ? query : query.Where(f => f.GroupKey == selection.GroupKey);
                query = selection.Stage is null ? query : query.Where(f => f.Stage == selection.Stage);
                return await query.ExecuteUpdateAsync(set => set.SetProperty(f => f.Status, to), token);
            },
            cancellationToken);
    }

    private static IQueryable<FailureRecord> Filter(IQueryable<FailureRecord> failures, FailureQuery query)
    {
        failures = query.Status is { } status ? failures.Where(f => f.Status == status) : failures;
        failures = query.Stage is null ? failures : failures.Where(f => f.Stage == query.Stage);
        return query.GroupKey is null ? failures : failures.Where(f => f.GroupKey == query.GroupKey);
    }

    // A blank selection must never act on the one failure there happens to be.
    private static Task<Guid?> ResolveIdAsync(NewspipeDbContext db, string idOrPrefix, CancellationToken token) =>
        string.IsNullOrWhiteSpace(idOrPrefix)
            ? Task.FromResult<Guid?>(null)
            : IdPrefix.ResolveAsync(db.Failures.AsNoTracking().Select(f => f.Id), idOrPrefix, token);

    // The failure a new capture belongs to: the one it replayed, the same capture delivered again, or (for a file,
    // which carries no header) the replayed failure of the same file.
    private static async Task<FailureRecord?> FindOriginAsync(NewspipeDbContext db, ArticleFailed failed, CancellationToken token)
    {
        if (failed.ReplayOf is { } replayOf && await db.Failures.FirstOrDefaultAsync(f => f.Id == replayOf, token) is { } replayed)
        {
            return replayed;
        }

        if (failed.MessageId is not null && failed.Queue is not null)
        {
            var id = CaptureId(failed.Queue, failed.MessageId.Value);
            return await db.Failures.FirstOrDefaultAsync(f => f.Id == id, token);
        }

        return failed.FailedFile is null
            ? null
            : await db.Failures
                .Where(f => f.Stage == failed.Stage && f.SourceName == failed.SourceName && f.Status == FailureStatus.Replayed)
                .OrderByDescending(f => f.LastFailedAt)
                .FirstOrDefaultAsync(token);
    }

    private static async Task<RecordedFailure> UpdateAsync(
        NewspipeDbContext db, FailureRecord existing, ArticleFailed failed, CancellationToken token)
    {
        if (existing.Status is not (FailureStatus.Replayed or FailureStatus.ReplayRequested))
        {
            return new RecordedFailure(existing, IsNew: false);
        }

        existing.Status = FailureStatus.Unresolved;
        existing.RepeatCount++;
        existing.Attempts += failed.Attempts ?? 1;
        existing.Reason = failed.Reason;
        existing.ExceptionType = failed.ExceptionType ?? existing.ExceptionType;
        existing.StackTrace = failed.StackTrace ?? existing.StackTrace;
        existing.LastFailedAt = failed.FailedAt.UtcDateTime;
        existing.TraceId = failed.TraceId ?? existing.TraceId;
        existing.Process = failed.Process ?? existing.Process;
        existing.FailedFile = failed.FailedFile ?? existing.FailedFile;
        (existing.GroupKey, existing.GroupTitle) = FailureGrouping.For(existing.Stage, existing.ExceptionType, existing.StackTrace, existing.Reason);
        await db.SaveChangesAsync(token);
        return new RecordedFailure(existing, IsNew: false);
    }

    private static FailureRecord ToRecord(ArticleFailed failed)
    {
        var (groupKey, groupTitle) = FailureGrouping.For(failed.Stage, failed.ExceptionType, failed.StackTrace, failed.Reason);
        var at = failed.FailedAt.UtcDateTime;
        return new FailureRecord
        {
            Id = failed.MessageId is not null && failed.Queue is not null ? CaptureId(failed.Queue, failed.MessageId.Value) : Guid.NewGuid(),
            ArticleId = failed.ArticleId,
            SourceName = failed.SourceName,
            Stage = failed.Stage,
            Queue = failed.Queue,
            Reason = failed.Reason,
            ExceptionType = failed.ExceptionType,
            StackTrace = failed.StackTrace,
            GroupKey = groupKey,
            GroupTitle = groupTitle,
            Attempts = failed.Attempts ?? 1,
            Status = FailureStatus.Unresolved,
            FirstFailedAt = at,
            LastFailedAt = at,
            MessageId = failed.MessageId,
            MessageType = failed.MessageType,
            Payload = failed.Body,
            HeadersJson = failed.Headers is null ? null : JsonSerializer.Serialize(failed.Headers, Json),
            TraceId = failed.TraceId,
            Process = failed.Process,
            FailedFile = failed.FailedFile,
        };
    }

    // One failure per message and queue, whichever process captured it and however often.
    private static Guid CaptureId(string queue, Guid messageId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{queue}\n{messageId:N}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
