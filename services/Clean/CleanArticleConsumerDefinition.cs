using MassTransit;
using Microsoft.Extensions.Options;
using Newspipe.Cleaning;
using Newspipe.ServiceDefaults;

namespace Newspipe.Clean;

/// <summary>Queue <c>clean-article</c>; content that cannot yield an article faults at once instead of retrying.</summary>
public sealed class CleanArticleConsumerDefinition(IOptions<BusOptions> options)
    : PipelineConsumerDefinition<CleanArticleConsumer>(options, PipelineQueues.Clean)
{
    protected override void IgnorePermanentFailures(IRetryConfigurator retry) => retry.Ignore<CleaningException>();
}
