using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Summaries;

/// <summary>
/// Picks two or three sentences of the article, in article order: those densest in the article's keywords, with a
/// bonus for the opening (news puts the essentials first) and a penalty for sentences that are mostly quotation.
/// No sentence is given twice (a sub-headline repeated as the first sentence, a quotation given twice) and a lead's
/// dateline ("LONDON (Reuters) -") is left out.
/// </summary>
internal static class ExtractiveSummarizer
{
    private const int MaxSentences = 3;
    private const int MaxCharacters = 600;

    public static string Summarize(TokenizedText text, IReadOnlyList<Keyword> keywords)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var keyword in keywords)
        {
            foreach (var lemma in keyword.Lemmas)
            {
                weights[lemma] = Math.Max(weights.GetValueOrDefault(lemma), keyword.Score);
            }
        }

        var candidates = new List<(Sentence Sentence, double Score)>();
        var rank = 0;
        foreach (var sentence in text.Sentences)
        {
            var words = 0;
            var lowerWords = 0;
            var score = 0.0;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = text.Tokens[t];
                if (!token.IsWord)
                {
                    continue;
                }

                words++;
                if (char.IsLower(token.Text[0]))
                {
                    lowerWords++;
                }

                score += weights.GetValueOrDefault(WordForms.Lemma(token.Text.ToLowerInvariant()));
            }

            // Headlines, bylines, captions and menu lines are short, have few lower-case words or no full stop.
            var lastToken = text.Tokens[sentence.EndToken - 1].Text;
            if (words is < 8 or > 70 || lowerWords < words / 2 || lastToken is not ("." or "!" or "?" or "”" or "\"" or ")" or "’"))
            {
                continue;
            }

            var density = score / Math.Sqrt(words);
            if (QuoteMarks.IsAny(text.Text[sentence.Start]))
            {
                density *= 0.6;
            }

            candidates.Add((sentence, density * (1.0 + 0.8 / (1 + rank))));
            rank++;
        }

        if (candidates.Count == 0)
        {
            return text.Sentences.Count == 0 ? string.Empty : Clip(SentenceText(text, text.Sentences[0]));
        }

        var chosen = new List<(int Index, string Text)>();
        var chosenWords = new List<HashSet<string>>();
        var length = 0;
        foreach (var (sentence, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Sentence.Index))
        {
            var sentenceText = SentenceText(text, sentence);
            var words = SentenceWords.Of(sentenceText);
            if (chosen.Count > 0 && length + sentenceText.Length > MaxCharacters || chosenWords.Any(w => SentenceWords.Repeats(w, words)))
            {
                // Too long, or repeating what is already chosen (a quotation given twice, a sub-headline repeated).
                continue;
            }

            chosenWords.Add(words);
            chosen.Add((sentence.Index, sentenceText));
            length += sentenceText.Length + 1;
            if (chosen.Count == MaxSentences)
            {
                break;
            }
        }

        return Clip(string.Join(" ", chosen.OrderBy(s => s.Index).Select(s => s.Text)));
    }

    private static string SentenceText(TokenizedText text, Sentence sentence) =>
        Dateline.Strip(text.Text[sentence.Start..sentence.End].Replace('\n', ' ').Trim());

    private static string Clip(string summary)
    {
        if (summary.Length <= MaxCharacters * 2)
        {
            return summary;
        }

        var cut = summary.LastIndexOf(' ', MaxCharacters * 2);
        return summary[..(cut > 0 ? cut : MaxCharacters * 2)] + " …";
    }
}
