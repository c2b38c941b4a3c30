using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Newspipe.Storage;

namespace Newspipe.Dashboard;

/// <summary>
/// The failures as JSON: list, groups, one failure; replay, archive and unarchive one, a group, a stage or all.
/// Replaying only marks failures in the store: the running pipeline's replayer sends them (within a second or two).
/// </summary>
public static class FailuresApi
{
    public static RouteGroupBuilder MapFailuresApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/failures").WithTags("Failures");
        group.AddEndpointFilter(async (context, next) =>
            HttpMethods.IsGet(context.HttpContext.Request.Method) || DashboardSecurity.MayChange(context.HttpContext)
                ? await next(context)
                : TypedResults.Problem(
                    $"Changes need 'Authorization: Bearer <Dashboard:AccessToken>', or on loopback without a token the header {DashboardSecurity.RequestHeader}.",
                    statusCode: StatusCodes.Status403Forbidden));
        group.MapGet("/", ListAsync).WithSummary(
            "Failures, newest first then by id (default: the unresolved ones; stage, group, status filter): page (from 1), pageSize (1 to 1,000, default 200), with the total.");
        group.MapGet("/groups", GroupsAsync).WithSummary("Failures grouped by stage, exception type and place in the code.");
        group.MapGet("/{id}", FindAsync).WithSummary("One failure, by id or unique id prefix, with stack trace and message body.");
        group.MapPost("/{id}/replay", (string id, FailureStore store, CancellationToken ct) => ActAsync(store.RequestReplayAsync, new FailureSelection(Id: id), ct))
            .WithSummary("Replay one failure: its message goes back to the queue of the stage that failed.");
        group.MapPost("/{id}/archive", (string id, FailureStore store, CancellationToken ct) => ActAsync(store.ArchiveAsync, new FailureSelection(Id: id), ct))
            .WithSummary("Archive one failure: hidden, kept.");
        group.MapPost("/{id}/unarchive", (string id, FailureStore store, CancellationToken ct) => ActAsync(store.UnarchiveAsync, new FailureSelection(Id: id), ct))
            .WithSummary("Bring an archived failure back.");
        group.MapPost("/replay", (string? group, string? stage, bool? all, FailureStore store, CancellationToken ct) =>
                ActAsync(store.RequestReplayAsync, new FailureSelection(GroupKey: group, Stage: stage, All: all == true), ct))
            .WithSummary("Replay a group (?group=KEY), a stage (?stage=enrich) or everything (?all=true).");
        group.MapPost("/archive", (string? group, string? stage, bool? all, FailureStore store, CancellationToken ct) =>
                ActAsync(store.ArchiveAsync, new FailureSelection(GroupKey: group, Stage: stage, All: all == true), ct))
            .WithSummary("Archive a group, a stage or everything.");
        group.MapPost("/unarchive", (string? group, string? stage, bool? all, FailureStore store, CancellationToken ct) =>
                ActAsync(store.UnarchiveAsync, new FailureSelection(GroupKey: group, Stage: stage, All: all == true), ct))
            .WithSummary("Unarchive a group, a stage or everything.");
        return group;
    }

    private static async Task<Results<Ok<ResultPage<FailureSummary>>, BadRequest<string>>> ListAsync(
        string? stage, string? group, string? status, int? page, int? pageSize, FailureStore store, CancellationToken ct)
    {
        if (!FailureQuery.TryParseStatus(status, out var parsed))
        {
            return TypedResults.BadRequest($"Unknown status '{status}' (Unresolved, ReplayRequested, Replayed, Resolved, Archived, or All)");
        }

        var found = await store.PageAsync(
            new FailureQuery(stage, group, parsed, page ?? 1, pageSize ?? FailureQuery.DefaultPageSize), ct);
        return TypedResults.Ok(new ResultPage<FailureSummary>(
            found.Total, found.Page, found.PageSize, found.Items.Select(FailureSummary.Of).ToList()));
    }

    private static async Task<Ok<IReadOnlyList<FailureGroup>>> GroupsAsync(FailureStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.GroupsAsync(FailureStatus.Unresolved, ct));

    private static async Task<Results<Ok<FailureRecord>, NotFound>> FindAsync(string id, FailureStore store, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } failure ? TypedResults.Ok(failure) : TypedResults.NotFound();

    private static async Task<Results<Ok<FailureActionResult>, BadRequest<string>>> ActAsync(
        Func<FailureSelection, CancellationToken, Task<int>> action, FailureSelection selection, CancellationToken ct)
    {
        if (selection.IsEmpty)
        {
            return TypedResults.BadRequest("Say which failures: an id, ?group=KEY, ?stage=NAME or ?all=true");
        }

        return TypedResults.Ok(new FailureActionResult(await action(selection, ct)));
    }
}
