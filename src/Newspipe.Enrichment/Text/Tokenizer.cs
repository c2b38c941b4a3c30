namespace Newspipe.Enrichment.Text;

/// <summary>Splits article text into tokens and sentences, keeping character offsets.</summary>
internal static class Tokenizer
{
    // Abbreviations that keep their full stop, so "Mr. Kim" or "Gen. Smith" is not a sentence end.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Cpl", "Jr", "Sr",
        "Inc", "Corp", "Co", "Ltd", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "Mt", "Ave", "Rev", "Adm", "Maj", "Brig", "Cmdr", "Calif", "Fla", "Mass", "etc", "approx", "Pres", "Gov't", "Blvd",
    };

    // "Seoul-based", "Kremlin-backed": the capitalised part is a name of its own.
    private static readonly HashSet<string> DetachableSuffixes = new(StringComparer.Ordinal)
    {
        "based", "born", "led", "backed", "owned", "run", "made", "style", "era", "bound", "linked", "allied", "aligned",
        "controlled", "held", "occupied", "funded", "sponsored", "affiliated", "friendly", "registered", "listed", "type",
        "like", "wide", "specific", "related", "centric", "speaking", "focused", "leaning", "inspired", "brokered",
        "imposed", "designated", "level", "headquartered", "area", "region", "bound", "watchers", "watcher",
    };

    private static readonly HashSet<string> DetachablePrefixes = new(StringComparer.Ordinal)
    {
        "anti", "pro", "ex", "non", "post", "pre", "mid", "pan", "neo", "trans", "inter", "then", "all",
    };

    /// <param name="text">The article text.</param>
    /// <param name="isKnownName">True for a word that names a place, people or group on its own, so "DPRK-Russia" splits in two.</param>
    public static TokenizedText Tokenize(string text, Func<string, bool> isKnownName)
    {
        var tokens = new List<Token>(text.Length / 5);
        var newParagraph = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c is '\n' or '\r' or '\u2029')
                {
                    newParagraph = true;
                }

                i++;
                continue;
            }

            int end;
            if (char.IsLetter(c))
            {
                end = ScanWord(text, i);
                AddWord(tokens, text, i, end, newParagraph, isKnownName);
            }
            else if (char.IsDigit(c))
            {
                end = ScanNumber(text, i);
                tokens.Add(new Token(text[i..end], i, TokenKind.Number, newParagraph));
            }
            else if ((c is '\'' or '’') && i + 1 < text.Length && (text[i + 1] is 's' or 'S')
                     && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) && i > 0
                     && (char.IsLetter(text[i - 1]) || text[i - 1] == ' ' && i > 1 && char.IsLetter(text[i - 2])))
            {
                end = i + 2;
                tokens.Add(new Token(text[i..end], i, TokenKind.Word, newParagraph));
            }
            else
            {
                end = i + 1;
                tokens.Add(new Token(text[i..end], i, TokenKind.Punctuation, newParagraph));
            }

            newParagraph = false;
            i = end;
        }

        var sentences = SplitSentences(text, tokens);
        return new TokenizedText(text, tokens, sentences);
    }

    private static int ScanWord(string text, int start)
    {
        var i = start;
        while (true)
        {
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] is '-' or '\'' or '’' or '‑' && char.IsLetterOrDigit(text[i + 1]))
            {
                // A possessive 's ends the word; "don't" and "Il-sung" do not.
                if (text[i] is '\'' or '’' && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (i < text.Length && text[i] == '.')
            {
                var word = text.AsSpan(start, i - start);
                var isInitialism = IsInitialism(word);
                if (isInitialism || Abbreviations.Contains(word.ToString()))
                {
                    i++;
                    if (isInitialism && i + 1 < text.Length && char.IsUpper(text[i]) && (i + 1 == text.Length || text[i + 1] == '.'))
                    {
                        continue;
                    }
                }
            }

            return i;
        }
    }

    // "U", "U.S", "D.C": single capital letters separated by full stops.
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsUpper(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static int ScanNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is '.' or ',' or ':' or '-' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // "2000s", "1950s", "5G", "28th": letters glued to a number stay with it.
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void AddWord(List<Token> tokens, string text, int start, int end, bool newParagraph, Func<string, bool> isKnownName)
    {
        var word = text[start..end];
        var hyphen = word.IndexOfAny(['-', '‑']);
        if (hyphen <= 0 || isKnownName(word))
        {
            tokens.Add(new Token(word, start, TokenKind.Word, newParagraph));
            return;
        }

        var parts = word.Split('-', '‑');
        var first = parts[0];
        var last = parts[^1];
        if (DetachablePrefixes.Contains(first) && char.IsUpper(parts[1][0]))
        {
            tokens.Add(new Token(first, start, TokenKind.Word, newParagraph));
            tokens.Add(new Token(word[first.Length].ToString(), start + first.Length, TokenKind.Punctuation, false));
            AddWord(tokens, text, start + first.Length + 1, end, false, isKnownName);
            return;
        }

        if (char.IsUpper(first[0]) && DetachableSuffixes.Contains(last))
        {
            var cut = word.Length - last.Length - 1;
            AddWord(tokens, text, start, start + cut, newParagraph, isKnownName);
            tokens.Add(new Token(word[cut].ToString(), start + cut, TokenKind.Punctuation, false));
            tokens.Add(new Token(last, start + cut + 1, TokenKind.Word, false));
            return;
        }

        if (parts.All(p => p.Length > 0 && char.IsUpper(p[0])) && (isKnownName(first) || isKnownName(last)))
        {
            var offset = start;
            var paragraph = newParagraph;
            foreach (var part in parts)
            {
                if (offset > start)
                {
                    tokens.Add(new Token(text[offset - 1].ToString(), offset - 1, TokenKind.Punctuation, false));
                }

                tokens.Add(new Token(part, offset, TokenKind.Word, paragraph));
                paragraph = false;
                offset += part.Length + 1;
            }

            return;
        }

        tokens.Add(new Token(word, start, TokenKind.Word, newParagraph));
    }

    private static List<Sentence> SplitSentences(string text, List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        var paragraph = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (t > 0 && token.StartsParagraph)
            {
                Close(t);
                paragraph++;
            }

            token.Sentence = sentences.Count;
            token.Paragraph = paragraph;

            if (token.Kind == TokenKind.Punctuation && token.Text is "." or "!" or "?" or "…" || EndsWithStop(token, tokens, t))
            {
                // Closing quotes and brackets after the stop belong to this sentence.
                var last = t;
                while (last + 1 < tokens.Count && !tokens[last + 1].StartsParagraph
                       && tokens[last + 1].Text is "”" or "\"" or ")" or "’" or "'" or "»" or "]")
                {
                    last++;
                    tokens[last].Sentence = sentences.Count;
                    tokens[last].Paragraph = paragraph;
                }

                if (last + 1 >= tokens.Count || StartsSentence(tokens[last + 1]))
                {
                    t = last;
                    Close(t + 1);
                }
            }
        }

        if (first < tokens.Count)
        {
            Close(tokens.Count);
        }

        foreach (var sentence in sentences)
        {
            MarkSentenceInitial(tokens, sentence);
        }

        return sentences;

        void Close(int endToken)
        {
            if (endToken <= first)
            {
                return;
            }

            sentences.Add(new Sentence(sentences.Count, tokens[first].Start, tokens[endToken - 1].End, first, endToken, paragraph));
            for (var k = first; k < endToken; k++)
            {
                tokens[k].Sentence = sentences.Count - 1;
            }

            first = endToken;
        }
    }

    // "... in the U.S. The talks" : an initialism can end a sentence too.
    private static bool EndsWithStop(Token token, List<Token> tokens, int t) =>
        token.IsWord && token.Text.Length > 2 && token.Text[^1] == '.' && IsInitialism(token.Text.AsSpan(0, token.Text.Length - 1))
        && t + 1 < tokens.Count && tokens[t + 1].IsCapitalized && tokens[t + 1].Text is "The" or "It" or "He" or "She" or "They" or "We" or "But" or "In" or "A";

    private static bool StartsSentence(Token next) =>
        next.StartsParagraph || next.Kind == TokenKind.Number || char.IsUpper(next.Text[0])
        || next.Text is "“" or "\"" or "‘" or "'" or "(" or "[" or "«" or "-" or "–" or "—";

    private static void MarkSentenceInitial(List<Token> tokens, Sentence sentence)
    {
        var expectStart = true;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = tokens[t];
            if (token.IsWord)
            {
                if (expectStart)
                {
                    token.IsSentenceInitial = true;
                }

                expectStart = false;
            }
            else if (token.Text is ":" or "•" or "*" or "|")
            {
                // After a colon or a bullet the next word is capitalised whatever it is.
                expectStart = true;
            }
            else if (token.Text is "“" or "\"" or "(" or "‘" or "«" or "-" or "–" or "—"
                     && t + 1 < tokens.Count && tokens[t + 1].Start == token.End)
            {
                // So it is after an opening quote or bracket.
                expectStart = true;
            }
        }
    }
}
