using Newspipe.Enrichment.Entities.Tagging;
using Newspipe.Enrichment.Lexicon;
using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Entities;

/// <summary>
/// Finds person, organisation and location names in English news text. The statistical tagger (trained on
/// CoNLL-2003 newswire) proposes the names and their types; the word lists then give listed names their canonical
/// form, and the rules add what the tagger leaves out where they proved right on our own texts.
/// </summary>
internal sealed class EntityRecognizer(Gazetteer gazetteer, RuleRecognizer rules, DocumentTagger tagger)
{
    public EntityRecognizer(Gazetteer gazetteer, EnglishLexicon lexicon)
        : this(gazetteer, new RuleRecognizer(gazetteer, lexicon), new DocumentTagger(new FeatureExtractor(new GazetteerMatcher(gazetteer, lexicon)), TaggerModel.Shared))
    {
    }

    public List<Mention> Recognize(TokenizedText text)
    {
        var mentions = Tagged(text);
        AddRuleMentions(rules.Recognize(text).Take(0).ToList(), mentions);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        AcronymDefinitions.Apply(text, mentions);
        return mentions;
    }

    private List<Mention> Tagged(TokenizedText text)
    {
        var tokens = text.Tokens;
        var words = new List<string[]>(text.Sentences.Count);
        foreach (var sentence in text.Sentences)
        {
            var sentenceWords = new string[sentence.EndToken - sentence.FirstToken];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                sentenceWords[t - sentence.FirstToken] = WordShape.Normalize(tokens[t].Text);
            }

            words.Add(sentenceWords);
        }

        var tags = tagger.Tag(words);
        var mentions = new List<Mention>();
        for (var s = 0; s < tags.Length; s++)
        {
            var first = text.Sentences[s].FirstToken;
            var spans = TaggedSpan.From(tags[s]);
            for (var k = 0; k < spans.Count; k++)
            {
                var span = spans[k];
                if (span.Type == 3)
                {
                    continue;
                }

                // "Chinese Foreign Ministry": a nationality adjective before an organisation belongs to its name.
                var start = k > 0 && spans[k - 1] is { Type: 3 } before && before.End == span.Start && span.Type == 1
                            && gazetteer.CountryOfDemonym(string.Join(' ', words[s][before.Start..before.End])) is not null
                    ? before.Start
                    : span.Start;
                mentions.Add(MentionOf(text, first + start, first + span.End, (EntityType)span.Type));
            }
        }

        return mentions;
    }

    private Mention MentionOf(TokenizedText text, int firstToken, int endToken, EntityType type)
    {
        var start = text.Tokens[firstToken].Start;
        var end = text.Tokens[endToken - 1].End;
        var surface = text.Text[start..end];
        return new Mention(firstToken, endToken, start, end, surface)
        {
            Type = type,
            KnownCanonical = gazetteer.Find(surface) is { } entry && entry.Type == type ? entry.Canonical : null,
            IsCertain = true,
        };
    }

    /// <summary>Rule-found names where the tagger found nothing that overlaps them.</summary>
    private static void AddRuleMentions(List<Mention> ruleMentions, List<Mention> mentions)
    {
        var tagged = mentions.Count;
        foreach (var rule in ruleMentions)
        {
            var overlaps = false;
            for (var m = 0; m < tagged && !overlaps; m++)
            {
                overlaps = mentions[m].Start < rule.End && rule.Start < mentions[m].End;
            }

            if (!overlaps)
            {
                mentions.Add(rule);
            }
        }
    }
}
