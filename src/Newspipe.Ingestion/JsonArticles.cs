using System.Text.Json;
using Newspipe.Contracts;

namespace Newspipe.Ingestion;

/// <summary>
/// A JSON article file: one object, or an array of objects, each with a text field (html, markdown, body or text,
/// in that order of preference) and optional title, url, published and author.
/// </summary>
internal static class JsonArticles
{
    private const string TextFields = "html, markdown, body or text";

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static IReadOnlyList<SourceDocument> Parse(string json, string file, string encoding, int maxArticles = int.MaxValue)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException exception)
        {
            throw new ArticleFileException(file, $"is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    return [ToDocument(root, file, file, where: null, encoding)];
                case JsonValueKind.Array when root.GetArrayLength() == 0:
                    throw new ArticleFileException(file, "is an empty JSON array");
                case JsonValueKind.Array when root.GetArrayLength() > maxArticles:
                    throw new ArticleFileException(
                        file, $"holds {root.GetArrayLength():N0} articles, over the {maxArticles:N0}-article limit per file (Inbox:MaxArticlesPerFile): split it");
                case JsonValueKind.Array:
                    var documents = new List<SourceDocument>(root.GetArrayLength());
                    var n = 0;
                    foreach (var element in root.EnumerateArray())
                    {
                        n++;
                        if (element.ValueKind != JsonValueKind.Object)
                        {
                            throw new ArticleFileException(file, $"JSON array element #{n} is not an object");
                        }

                        documents.Add(ToDocument(element, $"{file}#{n}", file, $"JSON array element #{n}", encoding));
                    }

                    return documents;
                default:
                    throw new ArticleFileException(file, "is JSON but neither an object nor an array of objects");
            }
        }
    }

    private static SourceDocument ToDocument(JsonElement article, string name, string file, string? where, string encoding)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in article.EnumerateObject())
        {
            fields.TryAdd(property.Name, property.Value);
        }

        var (content, format) = Text(fields, "html") is { } html ? (html, ArticleFormat.Html)
            : Text(fields, "markdown") is { } markdown ? (markdown, ArticleFormat.Markdown)
            : Text(fields, "body") is { } body ? (body, ArticleFormat.Text)
            : Text(fields, "text") is { } text ? (text, ArticleFormat.Text)
            : throw new ArticleFileException(file, $"{where ?? "JSON object"} has no usable text field ({TextFields})");

        var title = Scalar(fields, "title");
        var url = Scalar(fields, "url");
        var published = Scalar(fields, "published");
        var author = Author(fields);
        var hash = ArticleIdentity.Hash(string.Join('\0', format, title, url, published, author, content));
        return new SourceDocument
        {
            Name = name,
            Format = format,
            Content = content,
            ContentHash = hash,
            ArticleId = ArticleIdentity.IdFromHash(hash),
            Title = title,
            Url = url,
            Published = published,
            Author = author,
            Encoding = encoding,
        };
    }

    private static string? Text(Dictionary<string, JsonElement> fields, string field) =>
        fields.TryGetValue(field, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    // "published": 2024 or "2024-05-01" alike.
    private static string? Scalar(Dictionary<string, JsonElement> fields, string field) =>
        fields.TryGetValue(field, out var value) ? Scalar(value) : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    // "author": "A", ["A", "B"] or {"name": "A"}.
    private static string? Author(Dictionary<string, JsonElement> fields)
    {
        if (!fields.TryGetValue("author", out var author))
        {
            return null;
        }

        return author.ValueKind switch
        {
            JsonValueKind.Array => author.EnumerateArray().Select(AuthorName).OfType<string>().ToList() is { Count: > 0 } names
                ? string.Join(", ", names)
                : null,
            _ => AuthorName(author),
        };
    }

    private static string? AuthorName(JsonElement author) =>
        author.ValueKind == JsonValueKind.Object && author.TryGetProperty("name", out var name) ? Scalar(name) : Scalar(author);
}
