using System.Text;
using Newspipe.Contracts;
using Newspipe.Testing;

namespace Newspipe.Ingestion.Tests;

public sealed class ArticleFileReaderTests : IDisposable
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private readonly TempFolder temp = new();
    private readonly ArticleFileReader reader = new(new InboxOptions { MaxFileBytes = 64 * 1024 });

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("a.html", ArticleFormat.Html)]
    [InlineData("a.HTM", ArticleFormat.Html)]
    [InlineData("a.txt", ArticleFormat.Text)]
    [InlineData("a.md", ArticleFormat.Markdown)]
    [InlineData("a.markdown", ArticleFormat.Markdown)]
    public void The_format_follows_the_extension(string name, ArticleFormat format)
    {
        var document = Assert.Single(Read(name, "Some article text."));

        Assert.Equal(format, document.Format);
        Assert.Equal("Some article text.", document.Content);
        Assert.Equal(name, document.Name);
        Assert.Equal("utf-8", document.Encoding);
        Assert.Null(document.Title);
    }

    [Fact]
    public void Every_seed_file_reads_as_text()
    {
        var seeds = Directory.GetFiles(RepoPaths.Seeds);
        Assert.NotEmpty(seeds);
        foreach (var seed in seeds)
        {
            var document = Assert.Single(reader.Read(seed, Path.GetFileName(seed)));
            Assert.Equal(ArticleFormat.Text, document.Format);
            Assert.Equal(File.ReadAllText(seed), document.Content);
        }
    }

    [Fact]
    public void A_json_object_gives_one_document_with_its_metadata()
    {
        var document = Assert.Single(Read("a.json", """
            {"title": "Rates rise", "html": "<p>The bank raised rates.</p>", "url": "https://example.com/a",
             "published": "2024-05-01T10:00:00Z", "author": ["Ann", {"name": "Bo"}]}
            """));

        Assert.Equal("a.json", document.Name);
        Assert.Equal(ArticleFormat.Html, document.Format);
        Assert.Equal("<p>The bank raised rates.</p>", document.Content);
        Assert.Equal("Rates rise", document.Title);
        Assert.Equal("https://example.com/a", document.Url);
        Assert.Equal("2024-05-01T10:00:00Z", document.Published);
        Assert.Equal("Ann, Bo", document.Author);
    }

    [Fact]
    public void A_json_array_gives_one_document_per_object_named_with_its_position()
    {
        var documents = Read("batch.json", """
            [{"title": "One", "body": "First body."}, {"Title": "Two", "TEXT": "Second text."}, {"markdown": "# Third"}]
            """);

        Assert.Equal(["batch.json#1", "batch.json#2", "batch.json#3"], documents.Select(d => d.Name));
        Assert.Equal([ArticleFormat.Text, ArticleFormat.Text, ArticleFormat.Markdown], documents.Select(d => d.Format));
        Assert.Equal(["First body.", "Second text.", "# Third"], documents.Select(d => d.Content));
        Assert.Equal("Two", documents[1].Title);
        Assert.Equal(3, documents.Select(d => d.ArticleId).Distinct().Count());
    }

    [Fact]
    public void The_same_content_twice_gets_the_same_article_id()
    {
        var first = Assert.Single(Read("first.txt", "Same words."));
        var again = Assert.Single(Read("sub/again.txt", "Same words."));
        var other = Assert.Single(Read("other.txt", "Other words."));
        var sameInLatin1 = Assert.Single(ReadBytes("latin.txt", Windows1252.GetBytes("Same words.")));

        Assert.Equal(first.ArticleId, again.ArticleId);
        Assert.Equal(first.ContentHash, again.ContentHash);
        Assert.Equal(first.ArticleId, sameInLatin1.ArticleId);
        Assert.NotEqual(first.ArticleId, other.ArticleId);
        Assert.Equal(64, first.ContentHash.Length);
    }

    [Fact]
    public void A_windows_1252_file_reads_right()
    {
        var text = "Le café naïve coûte 5 € — « déjà vu ».";
        var document = Assert.Single(ReadBytes("latin.txt", Windows1252.GetBytes(text)));

        Assert.Equal(text, document.Content);
        Assert.Equal("windows-1252", document.Encoding);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void A_byte_order_mark_decides_the_encoding(string encoding)
    {
        var text = "Größe: 3 € ✓";
        Encoding encoder = encoding switch
        {
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16le" => Encoding.Unicode,
            _ => Encoding.BigEndianUnicode,
        };
        var document = Assert.Single(ReadBytes("bom.txt", [.. encoder.GetPreamble(), .. encoder.GetBytes(text)]));

        Assert.Equal(text, document.Content);
        Assert.Equal(encoding, document.Encoding);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset=iso-8859-1>")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">")]
    public void An_html_charset_declaration_is_honoured(string meta)
    {
        var html = $"<html><head>{meta}<title>Café</title></head><body><p>Crème brûlée, 3 €</p></body></html>";
        var document = Assert.Single(ReadBytes("page.html", Windows1252.GetBytes(html)));

        Assert.Equal(html, document.Content);
        Assert.Equal("windows-1252", document.Encoding);
    }

    [Fact]
    public void A_page_declaring_another_charset_is_decoded_with_it()
    {
        var koi8 = CodePagesEncodingProvider.Instance.GetEncoding("koi8-r")!;
        var html = "<html><head><meta charset=\"koi8-r\"></head><body><p>Привет, мир</p></body></html>";
        var document = Assert.Single(ReadBytes("ru.html", koi8.GetBytes(html)));

        Assert.Equal(html, document.Content);
        Assert.Equal("koi8-r", document.Encoding);
    }

    [Fact]
    public void A_page_wrongly_declaring_utf_8_falls_back_to_windows_1252()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><p>naïve café</p></body></html>";
        var document = Assert.Single(ReadBytes("wrong.html", Windows1252.GetBytes(html)));

        Assert.Equal(html, document.Content);
    }

    [Theory]
    [InlineData("empty.txt", "", "is empty")]
    [InlineData("blank.md", " \n\t \r\n ", "contains only whitespace")]
    [InlineData("broken.json", "{\"title\": \"x\", ", "is not valid JSON")]
    [InlineData("textless.json", "{\"title\": \"x\", \"url\": \"https://example.com\"}", "has no usable text field")]
    [InlineData("blank-body.json", "{\"body\": \"   \"}", "has no usable text field")]
    [InlineData("partly.json", "[{\"body\": \"ok\"}, {\"title\": \"no text\"}]", "JSON array element #2 has no usable text field")]
    [InlineData("scalar.json", "42", "neither an object nor an array")]
    [InlineData("empty-array.json", "[]", "is an empty JSON array")]
    [InlineData("article.pdf", "%PDF-1.7", "unsupported extension '.pdf'")]
    [InlineData("README", "text", "has no extension")]
    public void Bad_files_are_refused_with_the_file_and_the_reason(string name, string content, string reason)
    {
        var error = Assert.Throws<ArticleFileException>(() => Read(name, content));

        Assert.Equal(name, error.File);
        Assert.Contains(reason, error.Reason);
        Assert.Contains(name, error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var error = Assert.Throws<ArticleFileException>(() => ReadBytes("image.html", png));

        Assert.Equal("image.html", error.File);
        Assert.Contains("binary", error.Reason);
    }

    [Fact]
    public void Control_characters_without_nul_bytes_are_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(i % 7 == 0 ? 0x01 + (i % 20) : 'a' + (i % 26))).ToArray();
        var error = Assert.Throws<ArticleFileException>(() => ReadBytes("noise.txt", bytes));

        Assert.Contains("binary", error.Reason);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var error = Assert.Throws<ArticleFileException>(() => Read("big.txt", new string('a', 64 * 1024 + 1)));

        Assert.Contains("over the 65,536-byte limit", error.Reason);
    }

    [Fact]
    public void A_missing_or_unreadable_file_is_refused()
    {
        var missing = Assert.Throws<ArticleFileException>(() => reader.Read(temp.Combine("missing.txt"), "missing.txt"));
        Directory.CreateDirectory(temp.Combine("folder.txt"));
        var folder = Assert.Throws<ArticleFileException>(() => reader.Read(temp.Combine("folder.txt"), "folder.txt"));

        Assert.Contains("cannot be read", missing.Reason);
        Assert.Contains("is a folder", folder.Reason);
    }

    private IReadOnlyList<SourceDocument> Read(string name, string content) =>
        ReadBytes(name, Encoding.UTF8.GetBytes(content));

    private IReadOnlyList<SourceDocument> ReadBytes(string name, byte[] bytes)
    {
        var path = temp.Combine(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return reader.Read(path, name);
    }
}
