using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newspipe.Storage;

namespace Newspipe.Dashboard;

/// <summary>
/// The pipeline dashboard: every article with its path through the stages, and the failures to act on. It reads only
/// the store, so the embedded host and the distributed Store service show the same thing.
/// </summary>
public static class DashboardEndpoints
{
    private const int PageSize = 200;

    /// <summary>What the dashboard needs: the OpenAPI document of its JSON API (enums as names) and its defences.</summary>
    public static IHostApplicationBuilder AddDashboard(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi()
            .ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder.AddDashboardSecurity();
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseDashboardSecurity();
        app.MapOpenApi();
        app.MapGet("/", async (ArticleStore store, FailureStore failures, CancellationToken ct) =>
            Html(DashboardPages.Articles(
                await store.ListAsync(PageSize, ct), await store.CountAsync(ct), await failures.CountAsync(new FailureQuery(), ct))))
            .ExcludeFromDescription();
        app.MapGet("/articles/{id}", async (string id, ArticleStore store, CancellationToken ct) =>
            await store.FindAsync(id, ct) is { } article
                ? Html(DashboardPages.Article(article))
                : Results.NotFound($"No article {id}"))
            .ExcludeFromDescription();
        app.MapGet("/failures", FailuresPageAsync).ExcludeFromDescription();
        app.MapPost("/failures/{action}", FailureFormAsync).ExcludeFromDescription().DisableAntiforgery();

        app.MapArticlesApi();
        app.MapFailuresApi();
        return app;
    }

    private static async Task<IResult> FailuresPageAsync(
        string? status, string? notice, HttpContext context, IAntiforgery antiforgery, FailureStore failures, CancellationToken ct)
    {
        if (!FailureQuery.TryParseStatus(status, out var parsed))
        {
            return Results.BadRequest($"Unknown status '{status}'");
        }

        var groups = await failures.GroupsAsync(FailureStatus.Unresolved, ct);
        var list = await failures.ListAsync(new FailureQuery(Status: parsed, Limit: PageSize), ct);
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Html(FailurePages.Failures(groups, list, parsed, notice, (tokens.FormFieldName, tokens.RequestToken!)));
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

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8");
}
