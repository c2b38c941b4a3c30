using Newspipe.Enrichment.Lexicon;
using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Summaries;

/// <summary>
/// Ranks the words and two-word phrases that say what an article is about: frequent in the article, rare in news in
/// general (inverse document frequency from a news sample), weighted up in the title and the opening. Names are left
/// to the entity list.
/// </summary>
internal sealed class KeywordExtractor(EnglishLexicon lexicon)
{
    private const int Count = 8;

    public List<Keyword> Extract(TokenizedText title, TokenizedText body, IReadOnlyList<EntityMention> entities, bool english)
    {
        var terms = new Dictionary<string, Term>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, Term>(StringComparer.Ordinal);
        Collect(title, [], weight: 3.0, opening: int.MaxValue, english, terms, phrases);
        Collect(body, entities, weight: 1.0, opening: 80, english, terms, phrases);

        var ranked = new List<Keyword>();
        foreach (var term in terms.Values)
        {
            ranked.Add(new Keyword(term.Display, term.Weight * Idf(term.Lemmas[0], english), term.Lemmas));
        }

        foreach (var phrase in phrases.Values.Where(p => p.Occurrences >= 2))
        {
            var idf = (Idf(phrase.Lemmas[0], english) + Idf(phrase.Lemmas[1], english)) / 2;
            ranked.Add(new Keyword(phrase.Display, phrase.Weight * idf * 1.3, phrase.Lemmas));
        }

        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Term, b.Term));

        // A phrase makes its words redundant, and a word already in a chosen phrase adds nothing.
        var chosen = new List<Keyword>();
        foreach (var keyword in ranked)
        {
            if (chosen.Count == Count)
            {
                break;
            }

            if (chosen.Any(c => keyword.Lemmas.All(c.Lemmas.Contains) || c.Lemmas.All(keyword.Lemmas.Contains)))
            {
                continue;
            }

            chosen.Add(keyword);
        }

        return chosen;
    }

    private double Idf(string lemma, bool english) => english ? Math.Min(lexicon.Idf(lemma), 5.5) : 1.0;

    private void Collect(
        TokenizedText text, IReadOnlyList<EntityMention> entities, double weight, int opening, bool english,
        Dictionary<string, Term> terms, Dictionary<string, Term> phrases)
    {
        var tokens = text.Tokens;
        var inEntity = new bool[tokens.Count];
        foreach (var entity in entities)
        {
            for (var t = text.TokenAt(entity.Start); t < tokens.Count && tokens[t].Start < entity.End; t++)
            {
                inEntity[t] = true;
            }
        }

        string? previousLemma = null;
        string? previousLower = null;
        var wordIndex = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var lower = IsCandidate(token, inEntity[t], english) ? token.Text.ToLowerInvariant().Replace('’', '\'') : null;
            if (lower is null)
            {
                previousLemma = null;
                continue;
            }

            var lemma = WordForms.Lemma(lower);
            var w = weight * (wordIndex++ < opening ? 1.5 : 1.0);
            Add(terms, lemma, lower, [lemma], w);
            if (previousLemma is not null && previousLemma != lemma && tokens[t - 1].IsWord)
            {
                Add(phrases, previousLemma + " " + lemma, previousLower + " " + lower, [previousLemma, lemma], w);
            }

            previousLemma = lemma;
            previousLower = lower;
        }
    }

    private bool IsCandidate(Token token, bool inEntity, bool english)
    {
        if (!token.IsWord || inEntity || token.Text.Length < 3 || token.IsPossessive || !token.Text.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'))
        {
            return false;
        }

        if (!english)
        {
            return token.Text.Length >= 5;
        }

        if (lexicon.IsStopWord(token.Text) || token.IsAllCaps)
        {
            return false;
        }

        // A capitalised word inside a sentence that is not everyday English is a name the recogniser left untyped.
        return !token.IsCapitalized || lexicon.IsCommonWord(token.Text.ToLowerInvariant());
    }

    private static void Add(Dictionary<string, Term> terms, string key, string display, string[] lemmas, double weight)
    {
        if (!terms.TryGetValue(key, out var term))
        {
            term = new Term(lemmas);
            terms.Add(key, term);
        }

        term.Occurrences++;
        term.Weight += weight;
        term.Forms[display] = term.Forms.GetValueOrDefault(display) + 1;
    }

    private sealed class Term(string[] lemmas)
    {
        public string[] Lemmas { get; } = lemmas;

        public int Occurrences { get; set; }

        public double Weight { get; set; }

        public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);

        public string Display => Forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
    }
}
