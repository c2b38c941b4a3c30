namespace Newspipe.Enrichment.Text;

/// <summary>Tokens [FirstToken, EndToken) and characters [Start, End) of one sentence.</summary>
internal readonly record struct Sentence(int Index, int Start, int End, int FirstToken, int EndToken, int Paragraph);
