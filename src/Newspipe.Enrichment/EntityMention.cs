namespace Newspipe.Enrichment;

/// <summary>One mention of a named entity: the text as written, its character range [Start, End) in the article text, and the canonical name of the entity.</summary>
public sealed record EntityMention(string Text, EntityType Type, int Start, int End, string Canonical);
