using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newspipe.Contracts;
using Polly;

namespace Newspipe.Ingestion;

/// <summary>
/// Reads an inbox file into source documents: format by extension, encoding detected, bad input refused with an
/// <see cref="ArticleFileException"/> that names the file and the reason.
/// </summary>
public sealed class ArticleFileReader
{
    private const string SupportedExtensions = ".html, .htm, .txt, .md, .markdown or .json";

    // Binary files decoded as Windows-1252 are full of control characters; real text has next to none.
    private const double MaxControlCharacterRatio = 0.05;

    private readonly long maxFileBytes;
    private readonly int maxArticles;
    private readonly ResiliencePipeline fileAccess;

    public ArticleFileReader(InboxOptions options, ILogger<ArticleFileReader>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.MaxFileBytes, 0);
        maxFileBytes = options.MaxFileBytes;
        maxArticles = options.MaxArticlesPerFile;
        fileAccess = FileAccessResilience.Create(logger ?? NullLogger<ArticleFileReader>.Instance, time ?? TimeProvider.System);
    }

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="name"/> is what errors and documents call it.</summary>
    /// <exception cref="ArticleFileException">
    /// The file is not a regular file (a link, a pipe, a device), unreadable, empty, binary, too large or malformed.
    /// </exception>
    /// <exception cref="FileNotReadyException">The file changed while it was read: a writer is still at it.</exception>
    public IReadOnlyList<SourceDocument> Read(string path, string name)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(name);
        var kind = KindOf(path, name);
        var bytes = ReadBytes(path, name);
        var decoded = TextDecoder.Decode(bytes, isHtml: kind == ArticleFileKind.Html);
        RefuseBinaryOrBlank(bytes, decoded.Text, name);

        if (kind == ArticleFileKind.Json)
        {
            return JsonArticles.Parse(decoded.Text, name, decoded.Encoding, maxArticles);
        }

        var hash = ArticleIdentity.Hash(decoded.Text);
        return
        [
            new SourceDocument
            {
                Name = name,
                Format = kind switch
                {
                    ArticleFileKind.Html => ArticleFormat.Html,
                    ArticleFileKind.Markdown => ArticleFormat.Markdown,
                    _ => ArticleFormat.Text,
                },
                Content = decoded.Text,
                ContentHash = hash,
                ArticleId = ArticleIdentity.IdFromHash(hash),
                Encoding = decoded.Encoding,
                Notes = Notes(decoded),
            },
        ];
    }

    internal static IReadOnlyList<string> Notes(DecodedText decoded) =>
        decoded.Replaced > 0 ? [$"{decoded.Replaced} invalid {decoded.Encoding} byte sequence(s) replaced by U+FFFD"] : [];

    private static ArticleFileKind KindOf(string path, string name)
    {
        var extension = Path.GetExtension(path);
        return extension.ToLowerInvariant() switch
        {
            ".html" or ".htm" => ArticleFileKind.Html,
            ".txt" => ArticleFileKind.Text,
            ".md" or ".markdown" => ArticleFileKind.Markdown,
            ".json" => ArticleFileKind.Json,
            "" => throw new ArticleFileException(name, $"has no extension (expected {SupportedExtensions})"),
            _ => throw new ArticleFileException(name, $"has an unsupported extension '{extension}' (expected {SupportedExtensions})"),
        };
    }

    private byte[] ReadBytes(string path, string name)
    {
        try
        {
            var bytes = fileAccess.Execute(static state => RegularFile.Read(state.path, state.name, state.maxFileBytes), (path, name, maxFileBytes));
            if (bytes.Length > maxFileBytes)
            {
                throw new ArticleFileException(name, $"is {bytes.Length:N0} bytes, over the {maxFileBytes:N0}-byte limit");
            }

            return bytes.Length == 0 ? throw new ArticleFileException(name, "is empty") : bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ArticleFileException(name, $"cannot be read: {exception.Message}", exception);
        }
    }

    private static void RefuseBinaryOrBlank(ReadOnlySpan<byte> bytes, string text, string name)
    {
        if (!TextDecoder.StartsWithUtf16ByteOrderMark(bytes) && bytes.Contains((byte)0))
        {
            throw new ArticleFileException(name, "is binary (contains NUL bytes)");
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (c is (< ' ' and not ('\t' or '\n' or '\r' or '\f')) or '\x7F' or '\uFFFD')
            {
                controls++;
            }
        }

        if (controls > 0 && controls >= text.Length * MaxControlCharacterRatio)
        {
            throw new ArticleFileException(name, $"is binary ({controls:N0} control characters in {text.Length:N0})");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleFileException(name, "contains only whitespace");
        }
    }
}
