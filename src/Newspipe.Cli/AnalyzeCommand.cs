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
                CliJson.WriteLine(new AnalyzedArticle(ExtractedArticle.From(file, article))
                {
                    Language = enrichment.Language,
                    LanguageConfidence = enrichment.LanguageConfidence,
                    Entities = EnrichmentContract.Entities(enrichment),
                    Quotes = EnrichmentContract.Quotes(enrichment),
                    Keywords = enrichment.Keywords,
                    Summary = enrichment.Summary,
                });
            }

            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
