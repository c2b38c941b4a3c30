namespace Newspipe.ServiceDefaults;

/// <summary>The queue of each stage: part of the contract (docs/contracts.md), declared once here.</summary>
public static class PipelineQueues
{
    public const string Clean = "clean-article";
    public const string Enrich = "enrich-article";
    public const string Store = "store-article";
    public const string Failures = "failure-recorder";

    /// <summary>The queues in front of the stages that take messages, in pipeline order, and the failure recorder's.</summary>
    public static readonly IReadOnlyList<string> Stages = [Clean, Enrich, Store, Failures];

    /// <summary>Ingest's commands: failed files to read again.</summary>
    public const string IngestReplay = "ingest-replay";

    /// <summary>The stage a queue belongs to, as failures name it.</summary>
    public static string StageOf(string queue) => queue switch
    {
        Clean => "clean",
        Enrich => "enrich",
        Store => "store",
        Failures => "failures",
        IngestReplay => "ingest",
        _ => queue,
    };

    /// <summary>The queue of a stage (the inverse of <see cref="StageOf"/>), or null for ingest, which reads files.</summary>
    public static string? QueueOf(string stage) => stage switch
    {
        "clean" => Clean,
        "enrich" => Enrich,
        "store" => Store,
        _ => null,
    };
}
