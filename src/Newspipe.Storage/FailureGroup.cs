namespace Newspipe.Storage;

/// <summary>Failures alike: same stage, exception type and place in the code.</summary>
public sealed record FailureGroup(string Key, string Title, string Stage, string? ExceptionType, int Count, DateTime LastFailedAt);
