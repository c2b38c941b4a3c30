namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>The words of a sentence as the tagger read them, and the tag it gave each.</summary>
internal sealed record TaggedSentence(TokenTraits[] Tokens, int[] Tags);
