using Newspipe.Contracts;

namespace Newspipe.Storage;

/// <summary>
/// Everything stored about one article: metadata, text, what Enrich found (entities with the spellings this article
/// used, quotes, keywords, summary), its story, the article it nearly duplicates, the stages' notes, when each
/// stage finished, and its journey through the stages (empty when the stages passed none: docs/contracts.md).
/// </summary>
public sealed record ArticleDetail(
    Guid Id,
    string Title,
    string? Author,
    string? Published,
    string? Outlet,
    string? Url,
    string SourceName,
    string ContentHash,
    string Language,
    double LanguageConfidence,
    string Summary,
    string Text,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<EntityInArticle> Entities,
    IReadOnlyList<Quotation> Quotes,
    IReadOnlyList<string> Notes,
    StoryLink Story,
    ArticleLink? DuplicateOf,
    StageTimes Stages,
    IReadOnlyList<StageHop> Journey);
