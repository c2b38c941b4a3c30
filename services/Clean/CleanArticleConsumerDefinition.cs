using Newspipe.ServiceDefaults;

namespace Newspipe.Clean;

/// <summary>
/// Queue <c>clean-article</c>, one article per core at a time (cleaning only computes). Content that cannot yield an
/// article is a permanent failure: recorded at once, not retried.
/// </summary>
public sealed class CleanArticleConsumerDefinition(PipelineEndpointSettings settings)
    : PipelineConsumerDefinition<CleanArticleConsumer>(settings, PipelineQueues.Clean)
{
    protected override int DefaultConcurrency => Environment.ProcessorCount;
}
