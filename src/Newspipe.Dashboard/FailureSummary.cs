using Newspipe.Storage;

namespace Newspipe.Dashboard;

/// <summary>A failure as lists show it: everything but the stack trace and the message body (see <c>/api/failures/{id}</c>).</summary>
public sealed record FailureSummary(
    Guid Id,
    Guid? ArticleId,
    string SourceName,
    string Stage,
    string? Queue,
    string Reason,
    string? ExceptionType,
    string GroupKey,
    string GroupTitle,
    int Attempts,
    int RepeatCount,
    FailureStatus Status,
    DateTime FirstFailedAt,
    DateTime LastFailedAt,
    string? TraceId,
    string? FailedFile)
{
    public static FailureSummary Of(FailureRecord f) => new(
        f.Id, f.ArticleId, f.SourceName, f.Stage, f.Queue, f.Reason, f.ExceptionType, f.GroupKey, f.GroupTitle, f.Attempts,
        f.RepeatCount, f.Status, f.FirstFailedAt, f.LastFailedAt, f.TraceId, f.FailedFile);
}
