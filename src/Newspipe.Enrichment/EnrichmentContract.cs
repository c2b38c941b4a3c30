using ContractMention = Newspipe.Contracts.EntityMention;

namespace Newspipe.Enrichment;

/// <summary>Enrichment results in the shape of the message contract (also used by the CLI's <c>analyze</c>).</summary>
public static class EnrichmentContract
{
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static EntityType ParseType(string type) => type switch
    {
        "PERSON" => EntityType.Person,
        "ORGANIZATION" => EntityType.Organization,
        "LOCATION" => EntityType.Location,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type"),
    };

    public static IReadOnlyList<ContractMention> Entities(ArticleEnrichment enrichment) =>
        enrichment.Entities.Select(e => new ContractMention
        {
            Text = e.Text,
            Type = TypeName(e.Type),
            Start = e.Start,
            End = e.End,
            Canonical = e.Canonical,
        }).ToList();

    public static IReadOnlyList<Contracts.Quotation> Quotes(ArticleEnrichment enrichment) =>
        enrichment.Quotes.Select(q => new Contracts.Quotation { Speaker = q.Speaker, Text = q.Text }).ToList();

    /// <summary>The cross-article identity of a mention (the store's entity key).</summary>
    public static string EntityKey(ContractMention mention) => EntityIdentity.KeyOf(mention.Canonical, ParseType(mention.Type));
}
