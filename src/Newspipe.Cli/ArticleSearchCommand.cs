using System.CommandLine;
using System.Text.RegularExpressions;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Cli;

/// <summary><c>newspipe articles search "words" [filters]</c>: full-text search of the store, as the dashboard searches it.</summary>
internal static partial class ArticleSearchCommand
{
    public static Command Create()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var text = new Argument<string?>("words")
        {
            Description = "Words to find (all of them); \"a phrase\" in quotes, OR between alternatives, -word to exclude. None: newest first.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var outlet = new Option<string?>("--outlet") { Description = "Only this outlet (as stored, any case)." };
        var language = new Option<string?>("--language") { Description = "Only this language (ISO 639-1, e.g. en)." };
        var entity = new Option<string?>("--entity") { Description = "Only articles mentioning this entity (id, name or any spelling)." };
        var story = new Option<string?>("--story") { Description = "Only this story (id or its first characters)." };
        var from = new Option<DateOnly?>("--from") { Description = "First day (yyyy-MM-dd), inclusive." };
        var to = new Option<DateOnly?>("--to") { Description = "Last day (yyyy-MM-dd), inclusive." };
        var dates = new Option<SearchDateField>("--dates") { Description = "Which date --from/--to apply to: Published (default) or Stored." };
        var page = CliOptions.Page();
        var pageSize = new Option<int>("--page-size") { Description = "Hits per page (1 to 100).", DefaultValueFactory = _ => ArticleSearch.DefaultPageSize };
        var search = new Command("search", "Search stored articles by words in title and text, best match first.")
        {
            text, data, json, outlet, language, entity, story, from, to, dates, page, pageSize,
        };
        search.SetAction(async (result, ct) =>
        {
            var queries = await StoreAccess.OpenQueriesAsync<ArticleQueries>(result.GetValue(data)!, ct);
            var found = await queries.SearchAsync(
                new ArticleSearch(
                    result.GetValue(text), result.GetValue(outlet), result.GetValue(language), result.GetValue(entity), result.GetValue(story),
                    result.GetValue(from), result.GetValue(to), result.GetValue(dates), result.GetValue(page), result.GetValue(pageSize)),
                ct);
            if (result.GetValue(json))
            {
                CliJson.WriteLine(found);
                return 0;
            }

            Print(found);
            return 0;
        });
        return search;
    }

    private static void Print(ResultPage<ArticleHit> found)
    {
        Console.WriteLine($"{"ID",-8}  {"PUBLISHED",-10}  {"OUTLET",-22}  TITLE");
        foreach (var hit in found.Items)
        {
            Console.WriteLine(
                $"{hit.Id.ToString()[..8]}  {TextColumns.Cut(hit.Published, 10),-10}  {PrintableText.Escape(TextColumns.Cut(hit.Outlet, 22)),-22}  {PrintableText.Escape(hit.Title)}");
            Console.WriteLine($"          {Snippet(hit.Snippet)}");
        }

        var pages = Math.Max(1, (found.Total + found.PageSize - 1) / found.PageSize);
        Console.WriteLine($"{found.Items.Count} of {found.Total} article(s), page {found.Page} of {pages}");
    }

    // Matched words in bold on a terminal, between asterisks when the output goes to a file or a pipe.
    private static string Snippet(IReadOnlyList<SnippetSegment> segments) =>
        string.Concat(segments.Select(s =>
        {
            var text = PrintableText.Escape(Whitespace().Replace(s.Text, " "));
            return !s.Highlighted ? text : Console.IsOutputRedirected ? $"*{text}*" : $"\u001b[1m{text}\u001b[0m";
        })).Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
