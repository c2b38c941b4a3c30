using MassTransit;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Store;

/// <summary>
/// Queue <c>failure-recorder</c>: every stage's failures. While the database is away, recording is retried like any
/// transient failure and the reports wait in this durable queue. A report that cannot be recorded at all (it cannot
/// be read) is written straight to the store as a failure of its own, never sent back here.
/// </summary>
public sealed class FailureRecorderDefinition(PipelineEndpointSettings settings, FailureStore failures)
    : PipelineConsumerDefinition<FailureRecorder>(settings, PipelineQueues.Failures)
{
    protected override void ConfigureFailures(IReceiveEndpointConfigurator endpoint)
    {
        endpoint.ConfigureError(error => error.UseFilter(new UnrecordableFailureFilter(failures, Stage, Queue)));
        endpoint.ConfigureDeadLetter(deadLetter => deadLetter.UseFilter(new UnrecordableFailureFilter(failures, Stage, Queue)));
    }
}
