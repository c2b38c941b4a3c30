namespace Newspipe.Enrichment.Text;

/// <summary>A word, number or punctuation mark with its character offsets in the article text.</summary>
internal sealed class Token(string text, int start, TokenKind kind, bool startsParagraph)
{
    public string Text { get; } = text;

    public int Start { get; } = start;

    public int End => Start + Text.Length;

    public TokenKind Kind { get; } = kind;

    /// <summary>A line break (or the start of the text) comes before this token.</summary>
    public bool StartsParagraph { get; } = startsParagraph;

    public int Sentence { get; set; }

    public int Paragraph { get; set; }

    /// <summary>First word of a sentence, or first word after an opening quote or colon: its capital says nothing.</summary>
    public bool IsSentenceInitial { get; set; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps
    {
        get
        {
            if (Kind != TokenKind.Word)
            {
                return false;
            }

            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters >= 2;
        }
    }

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsPossessive => Text is "'s" or "’s" or "'" or "’";

    public override string ToString() => Text;
}
