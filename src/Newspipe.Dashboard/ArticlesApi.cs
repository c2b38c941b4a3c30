using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Newspipe.Storage;

namespace Newspipe.Dashboard;

/// <summary>
/// Articles, entities and stories as JSON, read-only, over the store's queries (<see cref="ArticleQueries"/>,
/// <see cref="EntityQueries"/>, <see cref="StoryQueries"/>): the same answers the CLI and the pages give.
/// </summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder routes)
    {
        var articles = routes.MapGroup("/api/articles").WithTags("Articles");
        articles.MapGet("/", SearchAsync).WithSummary(
            "Search articles: q (words, \"a phrase\", OR, -word; empty: newest stored first), entity (id, name or spelling), outlet, language, " +
            "story (id or prefix), from/to (yyyy-MM-dd, inclusive) of dateField (Published or Stored), page (from 1), pageSize (1 to 100).");
        articles.MapGet("/{id}", FindArticleAsync).WithSummary("One article by id or unique id prefix: everything stored about it.");

        var entities = routes.MapGroup("/api/entities").WithTags("Entities");
        entities.MapGet("/", async (string? q, int? page, int? pageSize, EntityQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(q, page ?? 1, pageSize ?? 50, ct)))
            .WithSummary("Entities, most mentioned first; q filters by name, id or spelling.");
        entities.MapGet("/{id}", FindEntityAsync)
            .WithSummary("One entity by id, canonical name, spelling or unique id prefix: its spellings and the articles that mention it.");

        var stories = routes.MapGroup("/api/stories").WithTags("Stories");
        stories.MapGet("/", async (int? page, int? pageSize, StoryQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(page ?? 1, pageSize ?? 50, ct)))
            .WithSummary("Stories, the one with the latest stored article first, with article counts.");
        stories.MapGet("/{id}", FindStoryAsync)
            .WithSummary("One story by id or unique id prefix: its articles on a timeline and the entities they share.");
        return routes;
    }

    private static async Task<Ok<ResultPage<ArticleHit>>> SearchAsync(
        string? q,
        string? entity,
        string? outlet,
        string? language,
        string? story,
        DateOnly? from,
        DateOnly? to,
        SearchDateField? dateField,
        int? page,
        int? pageSize,
        ArticleQueries queries,
        CancellationToken ct) =>
        TypedResults.Ok(await queries.SearchAsync(
            new ArticleSearch(
                q, outlet, language, entity, story, from, to, dateField ?? SearchDateField.Published, page ?? 1,
                pageSize ?? ArticleSearch.DefaultPageSize),
            ct));

    private static async Task<Results<Ok<ArticleDetail>, NotFound>> FindArticleAsync(string id, ArticleQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } article ? TypedResults.Ok(article) : TypedResults.NotFound();

    private static async Task<Results<Ok<EntityDetail>, NotFound>> FindEntityAsync(string id, EntityQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } entity ? TypedResults.Ok(entity) : TypedResults.NotFound();

    private static async Task<Results<Ok<StoryDetail>, NotFound>> FindStoryAsync(string id, StoryQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } story ? TypedResults.Ok(story) : TypedResults.NotFound();
}
