namespace Newspipe.Benchmarks.Pipeline;

/// <summary>The rows of <c>newspipe bench</c> after the limit, which is always measured (every ratio is to it).</summary>
public enum BenchMode
{
    /// <summary>The embedded host.</summary>
    Embedded,

    /// <summary>The distributed form with one Enrich worker.</summary>
    Distributed1,

    /// <summary>The distributed form with two Enrich workers.</summary>
    Distributed2,

    /// <summary>The distributed form with two Enrich workers over a store already holding <c>--stored</c> articles.</summary>
    Stored,
}
