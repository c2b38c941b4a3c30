namespace Newspipe.Faults.Tests;

/// <summary>
/// Fault tests run one at a time, never beside any other test of this project: they stop PostgreSQL and restart
/// RabbitMQ for the whole machine, and each runs several processes on a 2-core machine.
/// </summary>
[CollectionDefinition(nameof(FaultCollection), DisableParallelization = true)]
public sealed class FaultCollection;
