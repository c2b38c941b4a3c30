namespace Newspipe.NerTraining;

/// <summary>The sentences between two -DOCSTART- lines.</summary>
internal sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);
