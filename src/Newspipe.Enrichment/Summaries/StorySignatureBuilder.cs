using Newspipe.Enrichment.Fingerprints;
using Newspipe.Enrichment.Lexicon;
using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Summaries;

internal sealed class StorySignatureBuilder(EnglishLexicon lexicon)
{
    private const int EntityCount = 12;

    // Words in at most about one news article in fifteen.
    private const double MinimumIdf = 3.6;

    public StorySignature Build(TokenizedText title, TokenizedText body, IReadOnlyList<EntityMention> entities, IReadOnlyList<Keyword> keywords)
    {
        var entityKeys = entities
            .GroupBy(e => EntityIdentity.KeyOf(e.Canonical, e.Type), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(e => e.Start))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(EntityCount)
            .Select(g => g.Key)
            .ToList();

        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokens in new[] { title.Tokens, body.Tokens })
        {
            foreach (var token in tokens)
            {
                if (token.IsWord && token.Text.Length >= 3 && token.Text.All(char.IsLetter))
                {
                    // Only telling words: sharing "said" or "year" says nothing about being the same story.
                    var lemma = WordForms.Lemma(token.Text.ToLowerInvariant());
                    if (!lexicon.IsStopWord(lemma) && lexicon.Idf(lemma) >= MinimumIdf)
                    {
                        vocabulary.Add(lemma);
                    }
                }
            }
        }

        vocabulary.UnionWith(entities.Select(e => EntityIdentity.KeyOf(e.Canonical, e.Type)));
        return new StorySignature(entityKeys, keywords.Select(k => k.Term).ToList(), MinHash.Compute(vocabulary.Order(StringComparer.Ordinal)));
    }
}
