using Newspipe.Enrichment.Entities.Tagging;
using Newspipe.Enrichment.Lexicon;
using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Entities;

/// <summary>
/// Finds person, organisation and location names in English news text. The statistical tagger (trained on
/// CoNLL-2003 newswire, see tools/Newspipe.NerTraining) proposes the names and their types; the word lists then
/// give listed names their canonical form, and listed organisations their type ("the Kremlin said" is the
/// government, though the newswire tags it a place). Nationality adjectives (CoNLL's MISC) are not entities here.
/// </summary>
internal sealed class EntityRecognizer(Gazetteer gazetteer, DocumentTagger tagger)
{
    private const int Miscellaneous = 3;

    public EntityRecognizer(Gazetteer gazetteer, EnglishLexicon lexicon)
        : this(gazetteer, new DocumentTagger(new FeatureExtractor(new GazetteerMatcher(gazetteer, lexicon)), TaggerModel.Shared))
    {
    }

    public List<Mention> Recognize(TokenizedText text)
    {
        var tagged = tagger.Tag(SentenceWords(text));
        var mentions = new List<Mention>();
        for (var s = 0; s < tagged.Length; s++)
        {
            AddTagged(text, text.Sentences[s].FirstToken, tagged[s], mentions);
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        AcronymDefinitions.Apply(text, mentions);
        return mentions;
    }

    private static List<string[]> SentenceWords(TokenizedText text)
    {
        var words = new List<string[]>(text.Sentences.Count);
        foreach (var sentence in text.Sentences)
        {
            var sentenceWords = new string[sentence.EndToken - sentence.FirstToken];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                sentenceWords[t - sentence.FirstToken] = WordShape.Normalize(text.Tokens[t].Text);
            }

            words.Add(sentenceWords);
        }

        return words;
    }

    private void AddTagged(TokenizedText text, int first, TaggedSentence sentence, List<Mention> mentions)
    {
        var spans = TaggedSpan.From(sentence.Tags);
        var covered = new bool[sentence.Tags.Length];
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];

            // "Chinese Foreign Ministry": a nationality adjective before an organisation belongs to its name.
            var start = k > 0 && spans[k - 1] is { Type: Miscellaneous } before && before.End == span.Start && span.Type == (int)EntityType.Organization
                        && gazetteer.CountryOfDemonym(string.Join(' ', sentence.Tokens[before.Start..before.End].Select(t => t.Word))) is not null
                ? spans[k - 1].Start
                : span.Start;
            var listed = gazetteer.Find(Surface(text, first + start, first + span.End));
            if (span.Type == Miscellaneous && listed is not { Type: EntityType.Organization })
            {
                continue;
            }

            var type = listed is { Type: EntityType.Organization } ? EntityType.Organization : (EntityType)span.Type;
            mentions.Add(MentionOf(text, first + start, first + span.End, type, listed?.Type == type ? listed.Canonical : null));
            Array.Fill(covered, true, start, span.End - start);
        }

        AddListedOrganizations(text, first, sentence, covered, mentions);
    }

    /// <summary>Listed organisations the tagger left out entirely ("WHO chief scientist Jeremy Farrar").</summary>
    private void AddListedOrganizations(TokenizedText text, int first, TaggedSentence sentence, bool[] covered, List<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].GazetteerTag != 1 + 2 * (int)EntityType.Organization)
            {
                continue;
            }

            var end = i + 1;
            while (end < tokens.Length && tokens[end].GazetteerTag == 2 + 2 * (int)EntityType.Organization)
            {
                end++;
            }

            if (!covered.AsSpan(i, end - i).Contains(true) && gazetteer.Find(Surface(text, first + i, first + end)) is { } listed)
            {
                mentions.Add(MentionOf(text, first + i, first + end, EntityType.Organization, listed.Canonical));
            }

            i = end - 1;
        }
    }

    private static string Surface(TokenizedText text, int firstToken, int endToken) =>
        text.Text[text.Tokens[firstToken].Start..text.Tokens[endToken - 1].End];

    private static Mention MentionOf(TokenizedText text, int firstToken, int endToken, EntityType type, string? canonical) =>
        new(firstToken, endToken, text.Tokens[firstToken].Start, text.Tokens[endToken - 1].End, Surface(text, firstToken, endToken))
        {
            Type = type,
            KnownCanonical = canonical,
            IsCertain = true,
        };
}
