using System.CommandLine;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Cli;

/// <summary><c>newspipe stories list|show</c>: the events Enrich grouped the articles into.</summary>
internal static class StoriesCommand
{
    public static Command Create() => new("stories", "The stories (events) the stored articles were grouped into.") { List(), Show() };

    private static Command List()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var page = CliOptions.Page();
        var pageSize = new Option<int>("--page-size") { Description = "Stories per page (1 to 200).", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "List stories, the one with the latest stored article first.") { data, json, page, pageSize };
        list.SetAction(async (result, ct) =>
        {
            var queries = await StoreAccess.OpenQueriesAsync<StoryQueries>(result.GetValue(data)!, ct);
            var found = await queries.ListAsync(result.GetValue(page), result.GetValue(pageSize), ct);
            if (result.GetValue(json))
            {
                CliJson.WriteLine(found);
                return 0;
            }

            Console.WriteLine($"{"ID",-8}  {"ARTICLES",8}  {"LATEST",-20}  TITLE");
            foreach (var s in found.Items)
            {
                Console.WriteLine($"{s.Id.ToString()[..8]}  {s.Articles,8}  {s.LastStoredAt,-20:u}  {PrintableText.Escape(s.Title)}");
            }

            Console.WriteLine($"{found.Items.Count} of {found.Total} stor{(found.Total == 1 ? "y" : "ies")}, page {found.Page}");
            return 0;
        });
        return list;
    }

    private static Command Show()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var id = new Argument<string>("id") { Description = "Story id, or the first characters of it as the list shows." };
        var show = new Command("show", "Show one story: its articles on a timeline and the entities they share.") { id, data, json };
        show.SetAction(async (result, ct) =>
        {
            var queries = await StoreAccess.OpenQueriesAsync<StoryQueries>(result.GetValue(data)!, ct);
            var story = await queries.FindAsync(result.GetValue(id)!, ct);
            if (story is null)
            {
                Console.Error.WriteLine($"No story matches '{PrintableText.Escape(result.GetValue(id))}' (give more characters of its id if several do).");
                return 1;
            }

            if (result.GetValue(json))
            {
                CliJson.WriteLine(story);
                return 0;
            }

            Console.WriteLine(PrintableText.Escape(story.Title));
            Console.WriteLine($"  id        {story.Id}");
            Console.WriteLine($"  articles  {story.Timeline.Count} (oldest first)");
            ArticleRows.Print(story.Timeline);
            Console.WriteLine("  shared entities (in 2 or more of its articles)");
            foreach (var e in story.SharedEntities)
            {
                Console.WriteLine($"    {e.Articles,3}  {PrintableText.Escape(e.Name)} [{e.Type}]");
            }

            return 0;
        });
        return show;
    }
}
