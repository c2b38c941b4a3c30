namespace Newspipe.ServiceDefaults;

/// <summary>
/// A drill switch (section <c>FaultInjection</c>): makes one stage fail, permanently, for the articles whose source
/// name contains a given text, so that failure handling and replay can be rehearsed on a running pipeline. Off unless
/// both settings are given.
/// </summary>
public sealed class FaultInjectionOptions
{
    public const string Section = "FaultInjection";

    /// <summary>The stage to fail: <c>clean</c>, <c>enrich</c> or <c>store</c>.</summary>
    public string? Stage { get; set; }

    /// <summary>Articles whose source name contains this text fail in that stage.</summary>
    public string? SourceNameContains { get; set; }

    public bool AppliesTo(string stage) =>
        !string.IsNullOrEmpty(SourceNameContains) && string.Equals(Stage, stage, StringComparison.OrdinalIgnoreCase);
}
