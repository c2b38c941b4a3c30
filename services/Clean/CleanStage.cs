using MassTransit;
using Newspipe.Cleaning;

namespace Newspipe.Clean;

/// <summary>What the Clean stage needs in a host: its own service and the other hosts (embedded, CLI) call this too.</summary>
public static class CleanStage
{
    public static IHostApplicationBuilder AddCleanStage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ArticleCleaner>();
        builder.Services.AddHostedService<CleanerWarmUp>();
        builder.Services.AddOptions<CleanOptions>().BindConfiguration(CleanOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    public static IBusRegistrationConfigurator AddCleanConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CleanArticleConsumer, CleanArticleConsumerDefinition>();
        return bus;
    }
}
