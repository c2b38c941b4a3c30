using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Newspipe.ServiceDefaults;

/// <summary>The one place the message bus is configured, for every stage and the embedded host.</summary>
public static class PipelineBusExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ (durable queues, persistent messages, publisher confirms) or in memory, chosen by
    /// <c>Bus:Transport</c>; kebab-case queue names. Retry is set per consumer (<see cref="PipelineRetryExtensions"/>).
    /// </summary>
    public static IHostApplicationBuilder AddPipelineBus(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> registerConsumers)
    {
        var options = builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            registerConsumers(bus);
            if (options.Transport == TransportKind.InMemory)
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                return;
            }

            var connectionString = builder.Configuration.GetConnectionString("rabbitmq")
                ?? throw new InvalidOperationException(
                    "Bus:Transport is RabbitMq but ConnectionStrings:rabbitmq is not set (e.g. ConnectionStrings__rabbitmq=amqp://guest:guest@localhost:5672/)");
            var connection = RabbitMqConnection.Parse(connectionString);
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(connection.Host, connection.Port, connection.VirtualHost, host =>
                {
                    host.Username(connection.Username);
                    host.Password(connection.Password);
                    host.PublisherConfirmation = true;
                });
                cfg.Durable = true;
                cfg.ConfigureEndpoints(context);
            });
        });

        return builder;
    }
}
