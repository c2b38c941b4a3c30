namespace Newspipe.Enrichment.Text;

internal sealed class TokenizedText(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
{
    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public IReadOnlyList<Sentence> Sentences { get; } = sentences;

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
