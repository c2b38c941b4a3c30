using MassTransit;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;

namespace Newspipe.Cli;

/// <summary>The embedded host's console: one line per stored article and per recorded failure, whichever stage failed.</summary>
internal sealed class ArticleConsolePrinter : IConsumer<ArticleStored>, IConsumer<FailureRecorded>
{
    public Task Consume(ConsumeContext<ArticleStored> context)
    {
        var stored = context.Message;
        var verb = stored.AlreadyStored ? "duplicate" : "stored   ";
        Console.WriteLine($"{verb} {stored.ArticleId.ToString()[..8]}  {PrintableText.Escape(stored.Title)}  ({PrintableText.Escape(stored.SourceName)})");
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<FailureRecorded> context)
    {
        var failed = context.Message;
        var again = failed.RepeatCount > 0 ? $", failed again {failed.RepeatCount}×" : "";
        Console.WriteLine(
            $"failed    {failed.FailureId.ToString()[..8]}  {PrintableText.Escape(failed.Reason)} (stage {failed.Stage}{again}; ./newspipe failures show {failed.FailureId.ToString()[..8]})");
        return Task.CompletedTask;
    }
}
