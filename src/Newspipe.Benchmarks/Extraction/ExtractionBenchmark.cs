using Newspipe.Cleaning;
using Newspipe.Contracts;

namespace Newspipe.Benchmarks.Extraction;

/// <summary>Scores the HTML extractor on the article-extraction benchmark (html/*.html.gz against ground-truth.json).</summary>
public static class ExtractionBenchmark
{
    public static BenchmarkScore Evaluate(string benchmarkDir, ArticleCleaner cleaner)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        var pages = BenchmarkPage.LoadAll(benchmarkDir);
        var perDocument = new List<DocumentScore>(pages.Count);
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var page in pages)
        {
            string predicted;
            try
            {
                predicted = cleaner.Clean(page.Html, ArticleFormat.Html).Text;
            }
            catch (CleaningException)
            {
                predicted = "";
            }

            var (tp, fp, fn) = ShingleMetric.Compare(page.ArticleBody, predicted);
            var precision = ShingleMetric.Precision(tp, fp);
            var recall = ShingleMetric.Recall(tp, fn);
            if (precision is { } p)
            {
                precisions.Add(p);
            }

            if (recall is { } r)
            {
                recalls.Add(r);
            }

            perDocument.Add(new DocumentScore(page.Id, precision ?? 0, recall ?? 0));
        }

        var meanPrecision = precisions.Count == 0 ? 0 : precisions.Average();
        var meanRecall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = meanPrecision + meanRecall == 0 ? 0 : 2 * meanPrecision * meanRecall / (meanPrecision + meanRecall);
        return new BenchmarkScore(meanPrecision, meanRecall, f1, pages.Count, perDocument);
    }
}
