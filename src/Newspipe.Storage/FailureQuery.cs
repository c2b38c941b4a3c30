namespace Newspipe.Storage;

/// <summary>A listing of failures: by default the unresolved ones, newest first.</summary>
public sealed record FailureQuery(
    string? Stage = null, string? GroupKey = null, FailureStatus? Status = FailureStatus.Unresolved, int Limit = 200)
{
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
