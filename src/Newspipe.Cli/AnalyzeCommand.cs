using System.CommandLine;
using Newspipe.Enrichment;

namespace Newspipe.Cli;

/// <summary><c>newspipe analyze FILE...</c>: Clean and Enrich on files, without the pipeline.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var files = CliOptions.Files();
        var raw = new Option<bool>("--raw") { Description = "The input is already clean text: no boilerplate removal." };
        var command = new Command("analyze", "Extract, then find language, entities, quotes, keywords and a summary.") { files, raw };
        command.SetAction(result =>
        {
            var enricher = new ArticleEnricher();
            var failed = 0;
            foreach (var (file, _, article, error) in new FileArticles().Read(result.GetValue(files)!, result.GetValue(raw)))
            {
                if (article is null)
                {
                    Console.Error.WriteLine(error);
                    failed++;
                    continue;
                }

                var enrichment = enricher.Enrich(article.Title, article.Text);
                CliJson.WriteLine(new
                {
                    file,
                    title = article.Title,
                    author = article.Author,
                    published = article.Published,
                    outlet = article.Outlet,
                    url = article.CanonicalUrl,
                    text = article.Text,
                    language = enrichment.Language,
                    languageConfidence = enrichment.LanguageConfidence,
                    entities = EnrichmentContract.Entities(enrichment),
                    quotes = EnrichmentContract.Quotes(enrichment),
                    keywords = enrichment.Keywords,
                    summary = enrichment.Summary,
                });
            }

            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
