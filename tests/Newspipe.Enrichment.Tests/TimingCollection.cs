namespace Newspipe.Enrichment.Tests;

/// <summary>Timing tests run alone, after the parallel ones, so other tests do not share their CPU.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
