using MassTransit;

namespace Newspipe.Store;

/// <summary>The Store stage: articles, every failure reported by any stage, and the replays people ask for.</summary>
public static class StoreStage
{
    public static IBusRegistrationConfigurator AddStoreConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<StoreArticleConsumer, StoreArticleConsumerDefinition>();
        bus.AddConsumer<FailureRecorder, FailureRecorderDefinition>();
        return bus;
    }

    /// <summary>The replayer that sends back the failures people asked to replay.</summary>
    public static IHostApplicationBuilder AddFailureReplayer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<FailureReplayer>();
        return builder;
    }
}
