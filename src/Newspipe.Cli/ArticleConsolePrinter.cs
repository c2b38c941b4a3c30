using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.Cli;

/// <summary>The embedded host's console: one line per stored article and per failure, whichever stage failed.</summary>
internal sealed class ArticleConsolePrinter
    : IConsumer<ArticleStored>, IConsumer<ArticleFailed>, IConsumer<Fault<ArticleIngested>>, IConsumer<Fault<ArticleCleaned>>,
        IConsumer<Fault<ArticleEnriched>>
{
    public Task Consume(ConsumeContext<ArticleStored> context)
    {
        var stored = context.Message;
        var verb = stored.AlreadyStored ? "duplicate" : "stored   ";
        Console.WriteLine($"{verb} {stored.ArticleId.ToString()[..8]}  {stored.Title}  ({stored.SourceName})");
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<ArticleFailed> context) =>
        PrintFailure(context.Message.SourceName, context.Message.Stage, context.Message.Reason);

    public Task Consume(ConsumeContext<Fault<ArticleIngested>> context) =>
        PrintFailure(context.Message.Message.SourceName, "clean", Reason(context.Message));

    public Task Consume(ConsumeContext<Fault<ArticleCleaned>> context) =>
        PrintFailure(context.Message.Message.SourceName, "enrich", Reason(context.Message));

    public Task Consume(ConsumeContext<Fault<ArticleEnriched>> context) =>
        PrintFailure(context.Message.Message.SourceName, "store", Reason(context.Message));

    private static string Reason(Fault fault) => fault.Exceptions.FirstOrDefault()?.Message ?? "unknown error";

    private static Task PrintFailure(string sourceName, string stage, string reason)
    {
        Console.WriteLine($"failed    {sourceName}: {reason} (stage {stage}; ./newspipe failures list)");
        return Task.CompletedTask;
    }
}
