using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newspipe.Storage;

namespace Newspipe.Dashboard;

/// <summary>
/// The pipeline dashboard: every article with its path through the stages, and the failures. It reads only the
/// store, so the embedded host and the distributed Store service show the same thing.
/// </summary>
public static class DashboardEndpoints
{
    private const int PageSize = 200;

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", async (ArticleStore store, CancellationToken ct) =>
            Html(DashboardPages.Articles(
                await store.ListAsync(PageSize, ct), await store.CountAsync(ct), await store.ListFailuresAsync(PageSize, ct))));
        app.MapGet("/articles/{id}", async (string id, ArticleStore store, CancellationToken ct) =>
            await store.FindAsync(id, ct) is { } article
                ? Html(DashboardPages.Article(article))
                : Results.NotFound($"No article {id}"));
        app.MapGet("/failures", async (ArticleStore store, CancellationToken ct) =>
            Html(DashboardPages.Failures(await store.ListFailuresAsync(PageSize, ct))));

        app.MapGet("/api/articles", async (ArticleStore store, CancellationToken ct) => await store.ListAsync(PageSize, ct));
        app.MapGet("/api/articles/{id}", async (string id, ArticleStore store, CancellationToken ct) =>
            await store.FindAsync(id, ct) is { } article ? Results.Ok(article) : Results.NotFound());
        app.MapGet("/api/failures", async (ArticleStore store, CancellationToken ct) => await store.ListFailuresAsync(PageSize, ct));
        return app;
    }

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8");
}
