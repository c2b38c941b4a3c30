using MassTransit;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Store;

/// <summary>
/// The failure recorder's own error and dead-letter pipe: a report it could not record goes straight into the
/// failures store. If even that fails, the exception leaves the pipe and the broker delivers the report again.
/// </summary>
internal sealed class UnrecordableFailureFilter(FailureStore failures, string stage, string queue)
    : IFilter<ExceptionReceiveContext>, IFilter<ReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        await failures.RecordAsync(FailureReport.Create(context, stage, queue, context.Exception, attempts: 1), context.CancellationToken);
        await next.Send(context);
    }

    public async Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        var unknown = new UnknownMessageTypeException($"No consumer on queue {queue} takes this message");
        await failures.RecordAsync(FailureReport.Create(context, stage, queue, unknown, attempts: 1), context.CancellationToken);
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("newspipe-unrecordable-failure");
}
