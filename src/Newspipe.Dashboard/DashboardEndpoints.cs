using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Newspipe.Dashboard.Components;
using Newspipe.Dashboard.Pipeline;
using Newspipe.Storage;

namespace Newspipe.Dashboard;

/// <summary>
/// The pipeline dashboard: the pipeline's flow with live figures, every article with its journey, and the failures to
/// act on. Pages are Razor components rendered on the server (encoded by default), the same in the embedded host and
/// the distributed Store service; figures follow by server-sent events.
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>Where the home page's script listens for the pipeline's figures.</summary>
    public const string PipelineEventsPath = "/api/pipeline/events";

    private static readonly TimeSpan EventInterval = TimeSpan.FromSeconds(2);

    /// <summary>What the dashboard needs: its pages, the OpenAPI document of its JSON API (enums as names), its defences.</summary>
    public static IHostApplicationBuilder AddDashboard(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddOpenApi()
            .ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PipelineReader>();
        return builder.AddDashboardSecurity();
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseDashboardSecurity();
        app.MapOpenApi();
        app.MapDashboardAssets();
        app.MapRazorComponents<App>();
        app.MapPost("/failures/{action}", FailureFormAsync).ExcludeFromDescription().DisableAntiforgery();

        app.MapGet("/api/pipeline", (PipelineReader reader, CancellationToken ct) => reader.ReadAsync(ct))
            .WithTags("Pipeline")
            .WithSummary("The four stages with their figures (done and failed per minute, in flight, retrying, the queue in front), totals, health and the latest articles.");
        app.MapGet(PipelineEventsPath, (PipelineReader reader, IHostApplicationLifetime lifetime, CancellationToken ct) =>
                TypedResults.ServerSentEvents(FollowAsync(reader, lifetime.ApplicationStopping, ct), eventType: "pipeline"))
            .WithTags("Pipeline")
            .WithSummary("The same figures as /api/pipeline, as server-sent events (event 'pipeline') every two seconds.");
        app.MapArticlesApi();
        app.MapFailuresApi();
        return app;
    }

    private static async IAsyncEnumerable<PipelineView> FollowAsync(
        PipelineReader reader, CancellationToken stopping, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A page left open must not hold the host's shutdown: the stream ends when the app stops.
        using var both = CancellationTokenSource.CreateLinkedTokenSource(stopping, cancellationToken);
        while (!both.IsCancellationRequested)
        {
            yield return await reader.ReadAsync(both.Token);
            try
            {
                await Task.Delay(EventInterval, both.Token);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }

    // The page's buttons: plain form posts, answered with a redirect back to the list.
    private static async Task<IResult> FailureFormAsync(string action, HttpContext context, FailureStore failures, CancellationToken ct)
    {
        if (!await DashboardSecurity.MaySubmitFormAsync(context))
        {
            return Results.Problem("The form's antiforgery token is missing or wrong: reload the page.", statusCode: StatusCodes.Status403Forbidden);
        }

        var form = await context.Request.ReadFormAsync(ct);
        var selection = new FailureSelection(
            Id: NullIfEmpty(form["id"]), GroupKey: NullIfEmpty(form["group"]), Stage: NullIfEmpty(form["stage"]));
        if (selection.IsEmpty)
        {
            return Results.BadRequest("Say which failures: id, group or stage");
        }

        var count = action switch
        {
            "replay" => await failures.RequestReplayAsync(selection, ct),
            "archive" => await failures.ArchiveAsync(selection, ct),
            "unarchive" => await failures.UnarchiveAsync(selection, ct),
            _ => -1,
        };
        return count < 0
            ? Results.NotFound($"No action {action}")
            : Results.Redirect($"/failures?notice={Uri.EscapeDataString($"{action}: {count} failure(s), {selection}")}");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
