using MassTransit;
using Newspipe.Enrichment;

namespace Newspipe.Enrich;

/// <summary>What the Enrich stage needs in a host. It also needs the article store (story and duplicate memory).</summary>
public static class EnrichStage
{
    public static IHostApplicationBuilder AddEnrichStage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ArticleEnricher>();
        builder.Services.AddHostedService<EnricherWarmUp>();
        builder.Services.AddSingleton<StoryProfiles>();
        builder.Services.AddSingleton<StoryGrouping>();
        return builder;
    }

    public static IBusRegistrationConfigurator AddEnrichConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<EnrichArticleConsumer, EnrichArticleConsumerDefinition>();
        return bus;
    }
}
