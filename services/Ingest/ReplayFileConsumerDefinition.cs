using Newspipe.ServiceDefaults;

namespace Newspipe.Ingest;

/// <summary>Queue <c>ingest-replay</c>: failed files to read again.</summary>
public sealed class ReplayFileConsumerDefinition(PipelineEndpointSettings settings)
    : PipelineConsumerDefinition<ReplayFileConsumer>(settings, PipelineQueues.IngestReplay);
