namespace Newspipe.Contracts;

/// <summary>One mention of a named entity in an article's text.</summary>
public sealed record EntityMention
{
    /// <summary>The text as written, e.g. <c>Kim Jong-un</c>.</summary>
    public required string Text { get; init; }

    /// <summary><c>PERSON</c>, <c>ORGANIZATION</c> or <c>LOCATION</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Offset of the first character in the article text (UTF-16 code units).</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the last character.</summary>
    public required int End { get; init; }

    /// <summary>The canonical name all spellings resolve to, e.g. <c>Kim Jong Un</c>.</summary>
    public required string Canonical { get; init; }
}
