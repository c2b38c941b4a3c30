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
        builder.Services.AddSingleton<InboxPublisher>();
        builder.Services.AddHostedService<InboxWorker>();
        return builder;
    }
}
