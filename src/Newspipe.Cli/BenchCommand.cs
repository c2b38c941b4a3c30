using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newspipe.Cleaning;
using Newspipe.Enrichment;
using Newspipe.Benchmarks.Enrichment;
using Newspipe.Benchmarks.Extraction;
using Newspipe.Benchmarks.Ingestion;
using Newspipe.Benchmarks.Pipeline;

namespace Newspipe.Cli;

/// <summary>
/// <c>newspipe bench extraction|ingest|enrich</c>: quality and speed figures, each printed with its floor measured in
/// the same run, so ratios stay meaningful on a shared, noisy machine.
/// </summary>
internal static class BenchCommand
{
    private const string DefaultBenchmark = "../shared/data/article-extraction-benchmark";

    // Distinct articles, really enriched, whose rows fill the pre-stored store (under new ids and dates).
    private const int StoredTemplates = 300;

    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "Distinct articles dropped at once per mode (half as many more for latency).", DefaultValueFactory = _ => 5_000 };
        var stored = new Option<int>("--stored") { Description = "Articles already stored for the last run (0: skip it).", DefaultValueFactory = _ => 50_000 };
        var modes = new Option<BenchMode[]>("--modes")
        {
            Description = "Only these rows after the limit (Embedded, Distributed1, Distributed2, Stored; comma-separated); all when not given.",
            CustomParser = ParseModes,
        };
        var benchmark = BenchmarkOption();
        var command = new Command("bench", "The pipeline's throughput, latency and memory in every form against the limit of its stage logic, as one table; or a sub-benchmark.")
        {
            articles, stored, modes, benchmark, Extraction(), Ingest(), Enrich(),
        };
        command.SetAction(async (result, ct) =>
        {
            var chosen = (result.GetValue(modes) ?? []).ToHashSet();
            var plan = PipelinePlan(result.GetValue(articles), chosen.Count == 0 || chosen.Contains(BenchMode.Stored) ? result.GetValue(stored) : 0, result.GetValue(benchmark)!, chosen);
            try
            {
                var results = await PipelineBenchmark.RunAsync(plan);
                Console.WriteLine(Invariant($"newspipe bench: {plan.Burst.Count} articles at once + {plan.Paced.Count} at half rate per mode, {Environment.ProcessorCount} cores"));
                Console.Write(BenchTable.Format(results));
            }
            finally
            {
                Directory.Delete(plan.WorkFolder, recursive: true);
            }

            return 0;
        });
        return command;
    }

    private static BenchMode[] ParseModes(System.CommandLine.Parsing.ArgumentResult result)
    {
        var modes = new List<BenchMode>();
        foreach (var name in result.Tokens.SelectMany(token => token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Enum.TryParse<BenchMode>(name, ignoreCase: true, out var mode) && Enum.IsDefined(mode))
            {
                modes.Add(mode);
            }
            else
            {
                result.AddError($"Unknown mode '{name}': say Embedded, Distributed1, Distributed2 or Stored.");
            }
        }

        return [.. modes];
    }

    private static BenchPlan PipelinePlan(int count, int stored, string benchmark, IReadOnlySet<BenchMode> modes)
    {
        var repository = Repository();
        var work = Directory.CreateTempSubdirectory("newspipe-bench-").FullName;
        var corpus = BenchArticles.Load(Path.Combine(repository, "seeds"), Path.GetFullPath(benchmark, repository));
        var templates = stored > 0 ? StoredTemplates : 0;
        Console.Error.WriteLine($"writing {count + count / 2 + templates} articles to {work}");
        var files = corpus.Write(Path.Combine(work, "articles"), "a-", 0, count + count / 2 + templates);
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        return new BenchPlan(
            files.Take(count).ToList(), files.Skip(count).Take(count / 2).ToList(), files.Skip(count + count / 2).ToList(), repository, configuration, typeof(BenchCommand).Assembly.Location, work, stored, modes);
    }

    /// <summary>The repository this CLI was built in (the services are started from their builds there).</summary>
    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Newspipe.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("bench runs from a build inside the repository (./newspipe bench)");
    }

    private static Command Extraction()
    {
        var benchmark = BenchmarkOption();
        var rounds = new Option<int>("--rounds") { Description = "Timing rounds over all pages.", DefaultValueFactory = _ => 3 };
        var worst = new Option<int>("--worst") { Description = "Also list the N pages with the lowest F1.", DefaultValueFactory = _ => 0 };
        var command = new Command("extraction", "Precision, recall and F1 of the HTML extractor on the article-extraction benchmark, and ms per page.")
        {
            benchmark, rounds, worst,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(benchmark)!;
            var cleaner = new ArticleCleaner();
            var score = ExtractionBenchmark.Evaluate(dir, cleaner);
            Console.WriteLine(Invariant($"extraction: {score.Documents} pages  precision {score.Precision:0.0000}  recall {score.Recall:0.0000}  F1 {score.F1:0.0000}"));
            foreach (var page in score.PerDocument.OrderBy(d => F1(d.Precision, d.Recall)).Take(result.GetValue(worst)))
            {
                Console.WriteLine(Invariant($"  {page.Id[..12]}  P {page.Precision:0.000}  R {page.Recall:0.000}  F1 {F1(page.Precision, page.Recall):0.000}"));
            }

            var timing = ExtractionTiming.Measure(dir, cleaner, result.GetValue(rounds));
            Console.WriteLine(Invariant(
                $"speed: clean {timing.CleanMedianMs:0.00} ms/page median, {timing.CleanP95Ms:0.00} p95; AngleSharp parse alone {timing.ParseMedianMs:0.00} median, {timing.ParseP95Ms:0.00} p95; ratio {timing.CleanToParseRatio:0.00}x ({timing.Pages} pages x {timing.Rounds} rounds)"));
            return 0;
        });
        return command;
    }

    private static Command Ingest()
    {
        var files = new Option<int>("--files") { Description = "How many small files.", DefaultValueFactory = _ => 10_000 };
        var command = new Command("ingest", "Files per second through the watched inbox, against a plain listing and read of the same files.") { files };
        command.SetAction(async (result, ct) =>
        {
            var work = Directory.CreateTempSubdirectory("newspipe-bench-");
            try
            {
                var report = await InboxBenchmark.RunAsync(work.FullName, result.GetValue(files), ct);
                Console.WriteLine($"ingest: {report}");
            }
            finally
            {
                work.Delete(recursive: true);
            }

            return 0;
        });
        return command;
    }

    private static Command Enrich()
    {
        var benchmark = BenchmarkOption();
        var rounds = new Option<int>("--rounds") { Description = "Rounds over all articles.", DefaultValueFactory = _ => 3 };
        var command = new Command("enrich", "ms per article to enrich news-length articles (the benchmark's hand-checked article texts).")
        {
            benchmark, rounds,
        };
        command.SetAction(result =>
        {
            var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(result.GetValue(benchmark)!, "ground-truth.json")));
            var articles = truth.RootElement.EnumerateObject()
                .Select(page => (Title: "", Text: page.Value.GetProperty("articleBody").GetString() ?? ""))
                .Where(article => article.Text.Length > 0)
                .ToList();
            var timing = EnrichmentTiming.Measure(articles, new ArticleEnricher(), result.GetValue(rounds));
            var words = articles.Average(a => a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            Console.WriteLine(Invariant(
                $"enrich: {timing.Articles} articles (mean {words:0} words) x {timing.Rounds} rounds: {timing.MedianMs:0.00} ms/article median, {timing.P95Ms:0.00} p95, {timing.MeanMs:0.00} mean"));
            return 0;
        });
        return command;
    }

    private static Option<string> BenchmarkOption() => new("--benchmark")
    {
        Description = "The article-extraction benchmark folder (html/*.html.gz, ground-truth.json).",
        DefaultValueFactory = _ => DefaultBenchmark,
    };

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
