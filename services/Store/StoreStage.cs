using MassTransit;

namespace Newspipe.Store;

/// <summary>The Store stage's consumers: articles, and every failure reported by any stage.</summary>
public static class StoreStage
{
    public static IBusRegistrationConfigurator AddStoreConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<StoreArticleConsumer, StoreArticleConsumerDefinition>();
        bus.AddConsumer<FailureRecorder, FailureRecorderDefinition>();
        return bus;
    }
}
