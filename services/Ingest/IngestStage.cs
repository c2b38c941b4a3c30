using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newspipe.Ingestion;

namespace Newspipe.Ingest;

/// <summary>What the Ingest stage needs in a host: the watched inbox and the worker that publishes what it finds.</summary>
public static class IngestStage
{
    public static IHostApplicationBuilder AddIngestStage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton(provider => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<InboxOptions>>().Value);
        builder.Services.AddSingleton<ArticleFileReader>();
        builder.Services.AddSingleton<Inbox>();
        builder.Services.TryAddSingleton<ArticleHandoff>();
        builder.Services.AddSingleton<InboxPublisher>();
        builder.Services.AddHostedService<InboxWorker>();
        return builder;
    }

    /// <summary>Ingest's own queue: replays of failed files.</summary>
    public static IBusRegistrationConfigurator AddIngestConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ReplayFileConsumer, ReplayFileConsumerDefinition>();
        return bus;
    }

    /// <summary>
    /// For a host on the in-memory transport (messages die with the process): files leave the inbox only once their
    /// articles are stored or failed. Call before <see cref="AddIngestStage"/>; register <see cref="ArticleSettledConsumer"/> on the bus.
    /// </summary>
    public static IHostApplicationBuilder AddStoredArticleHandoff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StoredArticleHandoff>();
        builder.Services.AddSingleton<ArticleHandoff>(provider => provider.GetRequiredService<StoredArticleHandoff>());
        return builder;
    }
}
