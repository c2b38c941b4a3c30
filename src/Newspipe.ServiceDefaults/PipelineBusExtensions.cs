using MassTransit;
using Newspipe.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Newspipe.ServiceDefaults;

/// <summary>The one place the message bus is configured, for every stage and the embedded host.</summary>
public static class PipelineBusExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ (durable queues, persistent messages, publisher confirms) or in memory, chosen by
    /// <c>Bus:Transport</c>; kebab-case queue names. Retry and failure capture are set per consumer
    /// (<see cref="PipelineConsumerDefinition{TConsumer}"/>); a health check reports stages that keep retrying.
    /// </summary>
    public static IHostApplicationBuilder AddPipelineBus(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> registerConsumers)
    {
        var options = builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        builder.Services.AddPipelineEndpoints();
        builder.Services.AddQueueGauge(options.Transport);
        builder.Services.AddArticleBodies();
        builder.Services.AddHealthChecks().AddCheck<RetryHealthCheck>("stage-retries");

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            // No calls home: this machine reaches nothing but its broker and database.
            bus.DisableUsageTelemetry();
            registerConsumers(bus);
            if (options.Transport == TransportKind.InMemory)
            {
                // Only the in-memory transport's queues are this process's to count: a service's messages leave it.
                bus.AddStagePublishCounting();
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseConsumeFilter(typeof(StageTelemetryFilter<>), context);
                    cfg.ConfigureEndpoints(context);
                });
                return;
            }

            var connectionString = builder.Configuration.GetConnectionString("rabbitmq")
                ?? throw new InvalidOperationException(
                    "Bus:Transport is RabbitMq but ConnectionStrings:rabbitmq is not set (e.g. ConnectionStrings__rabbitmq=amqp://guest:guest@localhost:5672/)");
            var connection = RabbitMqConnection.Parse(connectionString);
            WatchConsumers(builder.Services, connection);
            if (options.RabbitMqManagementUrl is { } managementUrl)
            {
                builder.Services.AddSingleton(_ => new RabbitMqManagement(new HttpClient(), managementUrl, connection));
            }

            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(connection.Host, connection.Port, connection.VirtualHost, host =>
                {
                    host.Username(connection.Username);
                    host.Password(connection.Password);
                    host.PublisherConfirmation = true;
                });
                cfg.Durable = true;
                // The AMQP timestamp (MassTransit leaves it unset): the management API reports it for each queue's
                // head message, which is how the pipeline view ages a queue. Publishes do not pass the send pipe.
                cfg.ConfigureSend(send => send.UseSendExecute(StampSendTime));
                cfg.ConfigurePublish(publish => publish.UseExecute(StampSendTime));
                DeclarePipelineQueues(cfg);
                cfg.UseConsumeFilter(typeof(StageTelemetryFilter<>), context);
                cfg.ConfigureEndpoints(context);
            });
        });

        return builder;
    }

    private static void StampSendTime(SendContext context)
    {
        if (context.TryGetPayload<RabbitMqSendContext>(out var amqp))
        {
            amqp.BasicProperties.Timestamp = new RabbitMQ.Client.AmqpTimestamp(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }
    }

    /// <summary>
    /// Keeps the messages this process publishes for each stage until the stage takes them, with when each was sent
    /// (<see cref="StageCount.Waiting"/>, <see cref="StageCount.OldestWaitingSince"/>): for the in-memory transport,
    /// where the stages run in this process.
    /// </summary>
    public static void AddStagePublishCounting(this IBusRegistrationConfigurator bus) =>
        bus.AddPublishObserver(provider => new StagePublishObserver(
            provider.GetRequiredService<StageCounters>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System));

    /// <summary>
    /// The broker's count of consumers on this process's queues, watched: <c>/health</c> says Unhealthy and the bus is
    /// restarted when one has none (<see cref="ConsumerWatchdog"/>).
    /// </summary>
    private static void WatchConsumers(IServiceCollection services, RabbitMqConnection connection)
    {
        services.AddSingleton(connection);
        services.AddSingleton<BrokerQueues>();
        services.AddSingleton<ConsumingEndpoints>();
        services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<ConsumingEndpoints>());
        services.AddSingleton<ConsumerWatchdog>();
        services.AddHostedService(provider => provider.GetRequiredService<ConsumerWatchdog>());
        services.AddHealthChecks().AddCheck<ConsumerHealthCheck>("stage-consumers");
    }

    /// <summary>What every stage's consumer definition needs: bus and fault-injection options, the retry watch.</summary>
    public static IServiceCollection AddPipelineEndpoints(this IServiceCollection services)
    {
        services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FaultInjectionOptions>().BindConfiguration(FaultInjectionOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RetryWatch>();
        services.TryAddSingleton<PipelineEndpointSettings>();
        services.TryAddSingleton<StageCounters>();
        return services;
    }

    /// <summary>The pipeline view's queue figures: RabbitMQ's own, or on the in-memory transport this process's counts.</summary>
    public static IServiceCollection AddQueueGauge(this IServiceCollection services, TransportKind transport)
    {
        services.TryAddSingleton<StageCounters>();
        if (transport == TransportKind.InMemory)
        {
            services.TryAddSingleton<IQueueGauge, InProcessQueueGauge>();
        }
        else
        {
            // BrokerQueues, which the consumer watchdog uses too, is registered with the RabbitMQ bus.
            services.TryAddSingleton<IQueueGauge, RabbitMqQueueGauge>();
        }

        return services;
    }

    /// <summary>The claim check for large article bodies (<see cref="MessageDataOptions"/>).</summary>
    public static IServiceCollection AddArticleBodies(this IServiceCollection services)
    {
        services.AddOptions<MessageDataOptions>().BindConfiguration(MessageDataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ArticleBodies>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MessageDataSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<MessageDataSweeper>());
        return services;
    }

    /// <summary>
    /// A publisher declares the queue its message is for and binds it to the message's exchange, as its consumer
    /// would: a message published before that stage ever started waits in the queue instead of being dropped by an
    /// exchange with no binding. (RabbitMQ delivers a message once per queue, however many bindings lead there.)
    /// </summary>
    private static void DeclarePipelineQueues(IRabbitMqBusFactoryConfigurator cfg)
    {
        RouteTo<ArticleIngested>(cfg, PipelineQueues.Clean);
        RouteTo<ArticleCleaned>(cfg, PipelineQueues.Enrich);
        RouteTo<ArticleEnriched>(cfg, PipelineQueues.Store);
        RouteTo<ArticleFailed>(cfg, PipelineQueues.Failures);
    }

    private static void RouteTo<T>(IRabbitMqBusFactoryConfigurator cfg, string queue)
        where T : class =>
        cfg.Publish<T>(topology => topology.BindQueue(cfg.MessageTopology.GetMessageTopology<T>().EntityName, queue));
}
