namespace Newspipe.Storage;

/// <summary>
/// A listing of failures: by default the unresolved ones, newest first, one page at a time so a long list can be read
/// to its end (the order, last failed then id, is the same on every page).
/// </summary>
/// <param name="Stage">Only this stage: ingest, clean, enrich or store.</param>
/// <param name="GroupKey">Only this group (its key).</param>
/// <param name="Status">Only this status; null: every status.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Failures per page, 1 to <see cref="MaxPageSize"/>.</param>
public sealed record FailureQuery(
    string? Stage = null,
    string? GroupKey = null,
    FailureStatus? Status = FailureStatus.Unresolved,
    int Page = 1,
    int PageSize = FailureQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 200;

    public const int MaxPageSize = 1000;

    /// <summary>A status name, or "All" (null: no filter); absent means Unresolved.</summary>
    public static bool TryParseStatus(string? text, out FailureStatus? status)
    {
        status = FailureStatus.Unresolved;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Equals("All", StringComparison.OrdinalIgnoreCase))
        {
            status = null;
            return true;
        }

        var ok = Enum.TryParse<FailureStatus>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed);
        status = parsed;
        return ok;
    }
}
