using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Newspipe.ServiceDefaults;

/// <summary>What every Newspipe process sets up the same way: telemetry and health.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>OpenTelemetry traces, metrics and logs (OTLP export when OTEL_EXPORTER_OTLP_ENDPOINT is set) and health checks.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } configured ? configured : serviceName))
            .WithTracing(tracing => tracing
                .AddSource(DiagnosticHeaders.DefaultListenerName, PipelineTelemetry.SourceName, "Npgsql")
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsHealthRequest(context.Request.Path)))
            .WithMetrics(metrics => metrics
                .AddMeter(InstrumentationOptions.MeterName, PipelineTelemetry.SourceName, "Polly", "Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation());

        // Every SQL statement at Information drowns the stages' own lines; EF Core speaks up for warnings and errors.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // Polly reports every attempt at Information; only retries and broken circuits (Warning) are worth a line.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);

        return builder;
    }

    /// <summary><c>/health</c> (ready: every check, the bus included) and <c>/alive</c> (the process answers).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        return app;
    }

    private static bool IsHealthRequest(string? path) =>
        path is not null && (path.StartsWith("/health", StringComparison.Ordinal) || path.StartsWith("/alive", StringComparison.Ordinal));
}
