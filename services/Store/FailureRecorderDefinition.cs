using Microsoft.Extensions.Options;
using Newspipe.ServiceDefaults;

namespace Newspipe.Store;

/// <summary>Queue <c>failure-recorder</c>: every stage's faults and unreadable files.</summary>
public sealed class FailureRecorderDefinition(IOptions<BusOptions> options)
    : PipelineConsumerDefinition<FailureRecorder>(options, PipelineQueues.Failures);
