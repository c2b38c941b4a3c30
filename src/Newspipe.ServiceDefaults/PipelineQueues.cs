namespace Newspipe.ServiceDefaults;

/// <summary>The queue of each stage: part of the contract (docs/contracts.md), declared once here.</summary>
public static class PipelineQueues
{
    public const string Clean = "clean-article";
    public const string Enrich = "enrich-article";
    public const string Store = "store-article";
    public const string Failures = "failure-recorder";
}
