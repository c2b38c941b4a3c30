using Newspipe.ServiceDefaults;

namespace Newspipe.Pipeline.Tests;

/// <summary>Queue <c>clean-article</c>, with the shared retry settings.</summary>
public sealed class FlakyCleanConsumerDefinition(PipelineEndpointSettings settings)
    : PipelineConsumerDefinition<FlakyCleanConsumer>(settings, PipelineQueues.Clean);
