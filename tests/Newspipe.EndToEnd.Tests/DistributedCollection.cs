namespace Newspipe.EndToEnd.Tests;

/// <summary>End-to-end tests run one at a time: each starts several processes on a 2-core machine.</summary>
[CollectionDefinition(nameof(DistributedCollection), DisableParallelization = true)]
public sealed class DistributedCollection;
