namespace Newspipe.Enrichment.Lexicon;

internal sealed record GazetteerEntry(string Canonical, EntityType Type);
