using System.Text.Json;

namespace Newspipe.Cleaning.Html;

/// <summary>The article facts a page declares in schema.org JSON-LD (NewsArticle, Article, BlogPosting...).</summary>
internal sealed record JsonLdArticle
{
    private static readonly JsonDocumentOptions Tolerant = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public string? Headline { get; init; }

    public string? Author { get; init; }

    public string? DatePublished { get; init; }

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public string? ArticleBody { get; init; }

    /// <summary>Reads the first article-typed object from the page's JSON-LD blocks; null when there is none.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        JsonLdArticle? found = null;
        foreach (var script in scripts)
        {
            try
            {
                using var document = JsonDocument.Parse(script.Trim().TrimEnd(';'), Tolerant);
                found = Merge(found, Find(document.RootElement, 0));
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }

        return found;
    }

    private static JsonLdArticle? Merge(JsonLdArticle? first, JsonLdArticle? second) =>
        first is null ? second : second is null ? first : first with
        {
            Headline = first.Headline ?? second.Headline,
            Author = first.Author ?? second.Author,
            DatePublished = first.DatePublished ?? second.DatePublished,
            Publisher = first.Publisher ?? second.Publisher,
            Url = first.Url ?? second.Url,
            ArticleBody = first.ArticleBody ?? second.ArticleBody,
        };

    private static JsonLdArticle? Find(JsonElement element, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                JsonLdArticle? merged = null;
                foreach (var item in element.EnumerateArray())
                {
                    merged = Merge(merged, Find(item, depth + 1));
                }

                return merged;
            case JsonValueKind.Object:
                if (IsArticleType(element))
                {
                    return FromArticle(element);
                }

                return element.TryGetProperty("@graph", out var graph) ? Find(graph, depth + 1)
                    : element.TryGetProperty("mainEntity", out var main) ? Find(main, depth + 1)
                    : null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    private static JsonLdArticle FromArticle(JsonElement article) => new()
    {
        Headline = Text(article, "headline") ?? Text(article, "name"),
        Author = Names(article, "author"),
        DatePublished = Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Publisher = Names(article, "publisher"),
        Url = Text(article, "url") ?? Id(article, "mainEntityOfPage"),
        ArticleBody = Text(article, "articleBody"),
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? Id(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "@id") ?? Text(value, "url"),
            _ => null,
        } : null;

    /// <summary>Names of a person or organisation property: a string, an object with a name, or a list of either.</summary>
    private static string? Names(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
            .Select(v => v.ValueKind switch
            {
                JsonValueKind.String => v.GetString()?.Trim(),
                JsonValueKind.Object => Text(v, "name"),
                _ => null,
            })
            .Where(n => !string.IsNullOrWhiteSpace(n) && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
