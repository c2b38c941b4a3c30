using System.CommandLine;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Cli;

/// <summary><c>newspipe entities list|show</c>: the people, organisations and places the articles mention.</summary>
internal static class EntitiesCommand
{
    public static Command Create() => new("entities", "The people, organisations and places the stored articles mention.") { List(), Show() };

    private static Command List()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var text = new Option<string?>("--q") { Description = "Only entities whose name, id or a spelling contains this text." };
        var page = CliOptions.Page();
        var pageSize = new Option<int>("--page-size") { Description = "Entities per page (1 to 200).", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "List entities, the most mentioned first.") { data, json, text, page, pageSize };
        list.SetAction(async (result, ct) =>
        {
            var queries = await StoreAccess.OpenQueriesAsync<EntityQueries>(result.GetValue(data)!, ct);
            var found = await queries.ListAsync(result.GetValue(text), result.GetValue(page), result.GetValue(pageSize), ct);
            if (result.GetValue(json))
            {
                CliJson.WriteLine(found);
                return 0;
            }

            Console.WriteLine($"{"ARTICLES",8}  {"TYPE",-12}  {"NAME",-28}  ID");
            foreach (var e in found.Items)
            {
                Console.WriteLine($"{e.Articles,8}  {e.Type,-12}  {PrintableText.Escape(TextColumns.Cut(e.Name, 28)),-28}  {PrintableText.Escape(e.Id)}");
            }

            Console.WriteLine($"{found.Items.Count} of {found.Total} entit{(found.Total == 1 ? "y" : "ies")}, page {found.Page}");
            return 0;
        });
        return list;
    }

    private static Command Show()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var name = new Argument<string>("name") { Description = "Canonical name, a spelling seen in an article, the id, or the first characters of the id." };
        var show = new Command("show", "Show one entity: its spellings and the articles that mention it.") { name, data, json };
        show.SetAction(async (result, ct) =>
        {
            var queries = await StoreAccess.OpenQueriesAsync<EntityQueries>(result.GetValue(data)!, ct);
            var entity = await queries.FindAsync(result.GetValue(name)!, ct);
            if (entity is null)
            {
                Console.Error.WriteLine(
                    $"No entity matches '{PrintableText.Escape(result.GetValue(name))}', or several do (see `./newspipe entities list --q`, then give the id).");
                return 1;
            }

            if (result.GetValue(json))
            {
                CliJson.WriteLine(entity);
                return 0;
            }

            Console.WriteLine($"{PrintableText.Escape(entity.Name)}  ({entity.Type})");
            Console.WriteLine($"  id         {PrintableText.Escape(entity.Id)}");
            Console.WriteLine($"  first seen {entity.FirstSeenAt:u}");
            Console.WriteLine($"  spellings  {PrintableText.Escape(string.Join("; ", entity.Spellings))}");
            Console.WriteLine($"  articles   {entity.Articles.Count}");
            ArticleRows.Print(entity.Articles);
            return 0;
        });
        return show;
    }
}
