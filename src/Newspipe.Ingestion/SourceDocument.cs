using Newspipe.Contracts;

namespace Newspipe.Ingestion;

/// <summary>One article read from an inbox file (a JSON array file gives one per element).</summary>
public sealed record SourceDocument
{
    /// <summary>The file's name; "name.json#N" for the N-th (1-based) object of a JSON array.</summary>
    public required string Name { get; init; }

    public required ArticleFormat Format { get; init; }

    /// <summary>The decoded text, byte order mark removed.</summary>
    public required string Content { get; init; }

    /// <summary>Lowercase hex SHA-256 of the content (for JSON articles: of the content and the metadata fields).</summary>
    public required string ContentHash { get; init; }

    /// <summary>Derived from <see cref="ContentHash"/>: the same article dropped twice gets the same id.</summary>
    public required Guid ArticleId { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Published { get; init; }

    public string? Author { get; init; }

    /// <summary>The encoding the bytes were read with: "utf-8", "utf-16le", "utf-16be", "windows-1252", or one an HTML page declares.</summary>
    public required string Encoding { get; init; }

    /// <summary>What a person should know about how the file was read, e.g. "3 invalid UTF-8 byte sequences replaced".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The metadata that came with the file (JSON fields), in the contract's shape; null when there was none.</summary>
    public ArticleMetadata? Metadata() => Title is null && Author is null && Published is null && Url is null
        ? null
        : new ArticleMetadata { Title = Title, Author = Author, Published = Published, Url = Url };
}
