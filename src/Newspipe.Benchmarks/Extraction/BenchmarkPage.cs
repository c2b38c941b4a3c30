using System.IO.Compression;
using System.Text;
using System.Text.Json;

using Newspipe.Cleaning;

namespace Newspipe.Benchmarks.Extraction;

/// <summary>One page of the article-extraction benchmark: its HTML, hand-checked main text and URL.</summary>
internal sealed record BenchmarkPage(string Id, string Html, string ArticleBody, string? Url)
{
    public static IReadOnlyList<BenchmarkPage> LoadAll(string benchmarkDir)
    {
        var groundTruthPath = Path.Combine(benchmarkDir, "ground-truth.json");
        if (!File.Exists(groundTruthPath))
        {
            throw new FileNotFoundException("The benchmark's ground-truth.json is missing.", groundTruthPath);
        }

        using var truth = JsonDocument.Parse(File.ReadAllText(groundTruthPath));
        var pages = new List<BenchmarkPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var htmlPath = Path.Combine(benchmarkDir, "html", entry.Name + ".html.gz");
            if (!File.Exists(htmlPath))
            {
                continue;
            }

            var body = entry.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
            pages.Add(new BenchmarkPage(entry.Name, ReadGzip(htmlPath), body, url));
        }

        return pages;
    }

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
