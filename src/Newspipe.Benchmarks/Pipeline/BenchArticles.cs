using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// Distinct articles of news length for the pipeline benchmark: the seeds' and the extraction benchmark's texts
/// recombined (paragraphs dropped and reordered) with generated paragraphs (people, places, figures), saved as text
/// files; every fourth is one of the benchmark's HTML pages with a paragraph of its own, so Clean meets real pages too.
/// </summary>
public sealed class BenchArticles
{
    private static readonly string[] Cities = ["Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Quebec", "Tbilisi", "Perth", "Accra", "Bergen", "Cusco", "Dakar", "Porto", "Riga", "Durban", "Leeds"];
    private static readonly string[] People = ["Maria Okafor", "Jonas Berg", "Amina Diallo", "Tomás Rivera", "Leila Haddad", "Chen Wei", "Anna Kowalski", "David Mensah", "Sofia Lind", "Rahul Mehta"];
    private static readonly string[] Bodies = ["the city council", "the transport authority", "the health ministry", "the port authority", "the central bank", "the teachers' union", "the energy regulator", "the football federation"];
    private static readonly string[] Topics = ["a new tram line", "the harbour bridge repairs", "a pay deal", "the flood defences", "a solar farm", "the budget", "a hospital wing", "the water tariff", "a stadium plan", "the night trains"];

    private readonly List<(string Title, string[] Paragraphs)> texts;
    private readonly List<string> pages;

    private BenchArticles(List<(string Title, string[] Paragraphs)> texts, List<string> pages)
    {
        this.texts = texts;
        this.pages = pages;
    }

    /// <summary>The seed files in <paramref name="seeds"/> and the benchmark folder (ground-truth.json, html/*.html.gz).</summary>
    public static BenchArticles Load(string seeds, string benchmark)
    {
        var texts = Directory.GetFiles(seeds).Order(StringComparer.Ordinal)
            .Select(path => ("", Paragraphs(File.ReadAllText(path))))
            .ToList();
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(benchmark, "ground-truth.json")));
        texts.AddRange(truth.RootElement.EnumerateObject()
            .Select(page => (page.Value.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "", Paragraphs(page.Value.GetProperty("articleBody").GetString() ?? "")))
            .Where(text => text.Item2.Length >= 4));
        var pages = Directory.GetFiles(Path.Combine(benchmark, "html"), "*.html.gz").Order(StringComparer.Ordinal).Take(60).Select(Unzip).ToList();
        return new BenchArticles(texts, pages);
    }

    /// <summary>Writes articles <paramref name="first"/>.. (<paramref name="count"/> of them) into <paramref name="folder"/>, named with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<string> Write(string folder, string prefix, int first, int count)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>(count);
        for (var n = first; n < first + count; n++)
        {
            var (extension, content) = n % 4 == 3 && pages.Count > 0 ? (".html", Page(n)) : (".txt", Text(n));
            var path = Path.Combine(folder, $"{prefix}{n:D6}{extension}");
            File.WriteAllText(path, content, Encoding.UTF8);
            files.Add(path);
        }

        return files;
    }

    private string Text(int n)
    {
        var random = new Random(n);
        var (title, paragraphs) = texts[n % texts.Count];
        var kept = paragraphs.Where((_, i) => i == 0 || random.Next(4) != 0).ToList();
        kept.Insert(Math.Min(1, kept.Count), Generated(n, random));
        kept.Add(Generated(n + 7919, random));
        var headline = title.Length > 0 ? $"{title}: {Cities[n % Cities.Length]} update {n}" : Headline(n);
        return headline + "\n\n" + string.Join("\n\n", kept) + "\n";
    }

    private string Page(int n)
    {
        var html = pages[n % pages.Count];
        var paragraph = $"<p>{Generated(n, new Random(n))}</p>";
        var at = html.LastIndexOf("</article>", StringComparison.OrdinalIgnoreCase);
        at = at >= 0 ? at : html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? html.Insert(at, paragraph) : html + paragraph;
    }

    private static string Headline(int n) =>
        $"{Cities[n % Cities.Length]}: {Bodies[n / 3 % Bodies.Length]} backs {Topics[n / 7 % Topics.Length]} after vote {n}";

    private static string Generated(int n, Random random)
    {
        var city = Cities[random.Next(Cities.Length)];
        var person = People[random.Next(People.Length)];
        var body = Bodies[random.Next(Bodies.Length)];
        var topic = Topics[random.Next(Topics.Length)];
        return $"In {city}, {person} of {body} said on {(DayOfWeek)(n % 7)} that {topic} would cost about {random.Next(3, 900)} million euros, " +
               $"and that a decision on item {n} was expected within {random.Next(2, 40)} days. \"We have listened to everyone,\" {person} said, " +
               $"adding that {body} would publish figures for {random.Next(1990, 2026)} to {random.Next(2026, 2040)} next week.";
    }

    private static string[] Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Unzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
