using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Throws <see cref="InjectedFaultException"/> (or, for a transient drill, <see cref="InjectedTransientFaultException"/>)
/// for the articles <see cref="FaultInjectionOptions"/> names.
/// </summary>
internal sealed class InjectedFaultFilter<TConsumer>(FaultInjectionOptions options) : IFilter<ConsumerConsumeContext<TConsumer>>
    where TConsumer : class
{
    public Task Send(ConsumerConsumeContext<TConsumer> context, IPipe<ConsumerConsumeContext<TConsumer>> next)
    {
        var source = SourceName(context);
        if (source is not null && source.Contains(options.SourceNameContains!, StringComparison.Ordinal))
        {
            var reason = $"Fault injected by configuration: {options.Stage} fails for sources containing '{options.SourceNameContains}' ({source})";
            throw options.Transient ? new InjectedTransientFaultException(reason) : new InjectedFaultException(reason);
        }

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("newspipe-fault-injection");

    private static string? SourceName(ConsumeContext context) =>
        context.TryGetMessage<ArticleIngested>(out var ingested) ? ingested.Message.SourceName
        : context.TryGetMessage<ArticleCleaned>(out var cleaned) ? cleaned.Message.SourceName
        : context.TryGetMessage<ArticleEnriched>(out var enriched) ? enriched.Message.SourceName
        : null;
}
