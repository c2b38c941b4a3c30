namespace Newspipe.Enrichment.Summaries;

/// <summary>A term (one or two words, as written most often) with its weight; Lemmas are its folded words.</summary>
internal sealed record Keyword(string Term, double Score, IReadOnlyList<string> Lemmas);
