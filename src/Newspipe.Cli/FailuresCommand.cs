using System.CommandLine;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Cli;

/// <summary>
/// <c>newspipe failures list|groups|show|replay|archive|unarchive</c>: what failed, why, and acting on it. Replay
/// marks failures in the store; the running pipeline (embedded or the Store service) sends them again.
/// </summary>
internal static class FailuresCommand
{
    public static Command Create() => new("failures", "What failed, and why; replay or archive it.")
    {
        List(),
        Groups(),
        Show(),
        Act("replay", "Replay failures: each goes back to the queue of the stage that failed (a failed file is read again).",
            (store, selection, ct) => store.RequestReplayAsync(selection, ct), "queued for replay; the running pipeline sends them within a few seconds"),
        Act("archive", "Archive failures: hidden from the list, kept.", (store, selection, ct) => store.ArchiveAsync(selection, ct), "archived"),
        Act("unarchive", "Bring archived failures back to the list.", (store, selection, ct) => store.UnarchiveAsync(selection, ct), "unarchived"),
    };

    private static Command List()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var stage = new Option<string?>("--stage") { Description = "Only this stage: ingest, clean, enrich, store." };
        var group = new Option<string?>("--group") { Description = "Only this group (its key, as `failures groups` shows)." };
        var status = new Option<string?>("--status") { Description = "Unresolved (default), ReplayRequested, Replayed, Resolved, Archived or All." };
        var page = CliOptions.Page();
        var pageSize = new Option<int>("--page-size")
        {
            Description = "Failures per page (1 to 1,000).", DefaultValueFactory = _ => FailureQuery.DefaultPageSize,
        };
        var list = new Command("list", "List failures, newest first, a page at a time (the unresolved ones unless --status says otherwise).")
        {
            data, json, stage, group, status, page, pageSize,
        };
        list.SetAction(async (result, ct) =>
        {
            if (!FailureQuery.TryParseStatus(result.GetValue(status), out var parsed))
            {
                Console.Error.WriteLine($"Unknown status '{result.GetValue(status)}'.");
                return 2;
            }

            var store = await StoreAccess.OpenFailuresAsync(result.GetValue(data)!, ct);
            var found = await store.PageAsync(
                new FailureQuery(result.GetValue(stage), result.GetValue(group), parsed, result.GetValue(page), result.GetValue(pageSize)), ct);
            if (result.GetValue(json))
            {
                CliJson.WriteLine(found);
                return 0;
            }

            foreach (var f in found.Items)
            {
                Console.WriteLine($"{f.Id.ToString()[..8]}  {f.LastFailedAt:u}  {f.Stage,-7} {f.GroupKey}  {PrintableText.Escape(f.Reason)}{Repeats(f)}");
            }

            Console.WriteLine($"{found.Items.Count} of {found.Total} failure(s), page {found.Page}");
            return 0;
        });
        return list;
    }

    private static Command Groups()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var groups = new Command("groups", "Unresolved failures grouped by stage, exception type and place in the code.") { data, json };
        groups.SetAction(async (result, ct) =>
        {
            var store = await StoreAccess.OpenFailuresAsync(result.GetValue(data)!, ct);
            var found = await store.GroupsAsync(FailureStatus.Unresolved, ct);
            if (result.GetValue(json))
            {
                found.ToList().ForEach(CliJson.WriteLine);
                return 0;
            }

            foreach (var g in found)
            {
                Console.WriteLine($"{g.Key}  {g.Count,5}  {PrintableText.Escape(g.Title)}");
            }

            Console.WriteLine($"{found.Count} group(s)");
            return 0;
        });
        return groups;
    }

    private static Command Show()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var id = new Argument<string>("id") { Description = "Failure id, or the first characters of it as the list shows." };
        var show = new Command("show", "Show one failure: reason, stack trace, message body, attempts, repeats.") { id, data, json };
        show.SetAction(async (result, ct) =>
        {
            var store = await StoreAccess.OpenFailuresAsync(result.GetValue(data)!, ct);
            var failure = await store.FindAsync(result.GetValue(id)!, ct);
            if (failure is null)
            {
                Console.Error.WriteLine($"No failure matches '{result.GetValue(id)}' (give more characters of its id if several do).");
                return 1;
            }

            if (result.GetValue(json))
            {
                CliJson.WriteLine(failure);
                return 0;
            }

            PrintFailure(failure);
            return 0;
        });
        return show;
    }

    private static Command Act(
        string name, string description, Func<FailureStore, FailureSelection, CancellationToken, Task<int>> act, string done)
    {
        var data = CliOptions.Data();
        var id = new Argument<string?>("id") { Description = "Failure id (or its first characters).", Arity = ArgumentArity.ZeroOrOne };
        var group = new Option<string?>("--group") { Description = "Every failure of this group." };
        var stage = new Option<string?>("--stage") { Description = "Every failure of this stage." };
        var all = new Option<bool>("--all") { Description = "Every failure." };
        var command = new Command(name, description) { id, group, stage, all, data };
        command.SetAction(async (result, ct) =>
        {
            var selection = new FailureSelection(result.GetValue(id), result.GetValue(group), result.GetValue(stage), result.GetValue(all));
            if (selection.IsEmpty)
            {
                Console.Error.WriteLine($"Say which failures to {name}: an id, --group KEY, --stage NAME or --all.");
                return 2;
            }

            var store = await StoreAccess.OpenFailuresAsync(result.GetValue(data)!, ct);
            var count = await act(store, selection, ct);
            Console.WriteLine($"{count} failure(s) {done} ({selection}).");
            return count == 0 && selection.Id is not null ? 1 : 0;
        });
        return command;
    }

    private static void PrintFailure(FailureRecord f)
    {
        Console.WriteLine($"Failure   {f.Id}  ({f.Status})");
        Console.WriteLine($"Stage     {f.Stage}{(f.Queue is null ? "" : $" (queue {f.Queue})")}");
        Console.WriteLine($"Source    {PrintableText.Escape(f.SourceName)}{(f.ArticleId is { } a ? $"  article {a}" : "")}");
        Console.WriteLine($"Reason    {PrintableText.Escape(f.Reason)}");
        Console.WriteLine($"Exception {f.ExceptionType}");
        Console.WriteLine($"Group     {f.GroupKey}  {f.GroupTitle}");
        Console.WriteLine($"Attempts  {f.Attempts}; repeats {f.RepeatCount}; replays {f.ReplayCount}");
        Console.WriteLine($"Failed    first {f.FirstFailedAt:u}, last {f.LastFailedAt:u}");
        Console.WriteLine($"Trace     {f.TraceId}  {f.Process}");
        if (f.FailedFile is not null)
        {
            Console.WriteLine($"File      failed/{PrintableText.Escape(f.FailedFile)}");
        }

        Console.WriteLine();
        Console.WriteLine(f.StackTrace);
        if (f.Payload is not null)
        {
            Console.WriteLine();
            Console.WriteLine(f.Payload.Length > 4000 ? f.Payload[..4000] + " …" : f.Payload);
        }
    }

    private static string Repeats(FailureRecord f) => f.RepeatCount > 0 ? $" (failed again {f.RepeatCount}×)" : "";
}
