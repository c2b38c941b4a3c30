using System.Text.Json.Serialization;
using Newspipe.Contracts;

namespace Newspipe.Cli;

/// <summary>One line of <c>newspipe analyze</c>: the <c>extract</c> fields, then what Enrich found.</summary>
internal sealed record AnalyzedArticle : ExtractedArticle
{
    public AnalyzedArticle(ExtractedArticle extracted)
        : base(extracted)
    {
    }

    [JsonPropertyOrder(1)]
    public required string Language { get; init; }

    [JsonPropertyOrder(1)]
    public required double LanguageConfidence { get; init; }

    [JsonPropertyOrder(1)]
    public required IReadOnlyList<EntityMention> Entities { get; init; }

    [JsonPropertyOrder(1)]
    public required IReadOnlyList<Quotation> Quotes { get; init; }

    [JsonPropertyOrder(1)]
    public required IReadOnlyList<string> Keywords { get; init; }

    [JsonPropertyOrder(1)]
    public required string Summary { get; init; }
}
