namespace Newspipe.ServiceDefaults;

/// <summary>
/// A drill switch (section <c>FaultInjection</c>): makes one stage fail for the articles whose source name contains a
/// given text, so that failure handling and replay can be rehearsed on a running pipeline: permanently (recorded at
/// once), or with <see cref="Transient"/> as a dependency away would (retried with backoff, warned about, recorded once
/// the retries are spent). Off unless both <see cref="Stage"/> and <see cref="SourceNameContains"/> are given.
/// </summary>
public sealed class FaultInjectionOptions
{
    public const string Section = "FaultInjection";

    /// <summary>The stage to fail: <c>clean</c>, <c>enrich</c> or <c>store</c>.</summary>
    public string? Stage { get; set; }

    /// <summary>Articles whose source name contains this text fail in that stage.</summary>
    public string? SourceNameContains { get; set; }

    /// <summary>Fail as a time-out would (retried) instead of as bad input (recorded at once).</summary>
    public bool Transient { get; set; }

    public bool AppliesTo(string stage) =>
        !string.IsNullOrEmpty(SourceNameContains) && string.Equals(Stage, stage, StringComparison.OrdinalIgnoreCase);
}
