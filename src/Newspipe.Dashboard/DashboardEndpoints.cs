using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Newspipe.Storage;

namespace Newspipe.Dashboard;

/// <summary>
/// The pipeline dashboard: every article with its path through the stages, and the failures to act on. It reads only
/// the store, so the embedded host and the distributed Store service show the same thing.
/// </summary>
public static class DashboardEndpoints
{
    private const int PageSize = 200;

    /// <summary>What the dashboard needs in the container: the OpenAPI document of its JSON API, enums as names.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services) =>
        services.AddOpenApi()
            .ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
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
        app.MapPost("/failures/{action}", FailureFormAsync).ExcludeFromDescription();

        app.MapGet("/api/articles", async (ArticleStore store, CancellationToken ct) => await store.ListAsync(PageSize, ct));
        app.MapGet("/api/articles/{id}", async (string id, ArticleStore store, CancellationToken ct) =>
            await store.FindAsync(id, ct) is { } article ? Results.Ok(article) : Results.NotFound());
        app.MapFailuresApi();
        return app;
    }

    private static async Task<IResult> FailuresPageAsync(string? status, string? notice, FailureStore failures, CancellationToken ct)
    {
        if (!FailureQuery.TryParseStatus(status, out var parsed))
        {
            return Results.BadRequest($"Unknown status '{status}'");
        }

        var groups = await failures.GroupsAsync(FailureStatus.Unresolved, ct);
        var list = await failures.ListAsync(new FailureQuery(Status: parsed, Limit: PageSize), ct);
        return Html(FailurePages.Failures(groups, list, parsed, notice));
    }

    // The page's buttons: plain form posts, answered with a redirect back to the list.
    private static async Task<IResult> FailureFormAsync(string action, HttpRequest request, FailureStore failures, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
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
