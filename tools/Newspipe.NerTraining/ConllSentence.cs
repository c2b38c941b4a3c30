namespace Newspipe.NerTraining;

/// <summary>One sentence of a CoNLL file: its words and their IOB2 tag indexes (see NerTags).</summary>
internal sealed record ConllSentence(string[] Words, int[] Tags);
