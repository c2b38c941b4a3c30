using System.CommandLine;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Cli;

/// <summary><c>newspipe articles list|show</c>: what the pipeline stored.</summary>
internal static class ArticlesCommand
{
    public static Command Create()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var limit = CliOptions.Limit(100);
        var list = new Command("list", "List stored articles, newest first.") { data, json, limit };
        list.SetAction(async (result, ct) =>
        {
            var store = await StoreAccess.OpenAsync(result.GetValue(data)!, ct);
            var articles = await store.ListAsync(result.GetValue(limit), ct);
            if (result.GetValue(json))
            {
                articles.ToList().ForEach(CliJson.WriteLine);
                return 0;
            }

            PrintTable(articles);
            return 0;
        });

        var id = new Argument<string>("id") { Description = "Article id, or the first characters of it as the list shows." };
        var show = new Command("show", "Show one stored article.") { id, data, json };
        show.SetAction(async (result, ct) =>
        {
            var store = await StoreAccess.OpenAsync(result.GetValue(data)!, ct);
            var article = await store.FindAsync(result.GetValue(id)!, ct);
            if (article is null)
            {
                Console.Error.WriteLine($"No article matches '{result.GetValue(id)}' (give more characters of its id if several do).");
                return 1;
            }

            if (result.GetValue(json))
            {
                CliJson.WriteLine(article);
                return 0;
            }

            PrintArticle(article);
            return 0;
        });

        return new Command("articles", "Read the store the pipeline writes.") { list, show, ArticleSearchCommand.Create() };
    }

    private static void PrintTable(IReadOnlyList<ArticleSummary> articles)
    {
        Console.WriteLine($"{"ID",-8}  {"PUBLISHED",-10}  {"LANG",-4}  {"OUTLET",-22}  TITLE");
        foreach (var a in articles)
        {
            Console.WriteLine($"{a.Id.ToString()[..8]}  {TextColumns.Cut(a.Published, 10),-10}  {a.Language,-4}  {PrintableText.Escape(TextColumns.Cut(a.Outlet, 22)),-22}  {PrintableText.Escape(a.Title)}");
        }

        Console.WriteLine($"{articles.Count} article(s)");
    }

    private static void PrintArticle(StoredArticle article)
    {
        var a = article.Record;
        Console.WriteLine(PrintableText.Escape(a.Title));
        Console.WriteLine($"  id        {a.Id}");
        Console.WriteLine($"  source    {PrintableText.Escape(a.SourceName)}");
        Console.WriteLine($"  author    {PrintableText.Escape(a.Author)}");
        Console.WriteLine($"  published {PrintableText.Escape(a.Published)}");
        Console.WriteLine($"  outlet    {PrintableText.Escape(a.Outlet)}");
        Console.WriteLine($"  language  {a.Language} ({a.LanguageConfidence:0.00})");
        Console.WriteLine($"  story     {a.StoryId}{(a.DuplicateOf is { } d ? $" (near-duplicate of {d})" : "")}");
        Console.WriteLine($"  keywords  {PrintableText.Escape(string.Join(", ", article.Keywords))}");
        Console.WriteLine($"  entities  {PrintableText.Escape(string.Join("; ", article.Mentions.Select(m => $"{m.Canonical} [{m.Type}]").Distinct()))}");
        foreach (var quote in article.Quotes)
        {
            Console.WriteLine($"  quote     {PrintableText.Escape(quote.Speaker)}: “{PrintableText.Escape(quote.Text)}”");
        }

        Console.WriteLine($"  summary   {PrintableText.Escape(a.Summary)}");
        Console.WriteLine();
        Console.WriteLine(a.Text);
    }
}
