namespace Newspipe.Enrichment.Text;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
