using Newspipe.Enrichment.Entities;
using Newspipe.Enrichment.Fingerprints;
using Newspipe.Enrichment.Languages;
using Newspipe.Enrichment.Lexicon;
using Newspipe.Enrichment.Quotes;
using Newspipe.Enrichment.Summaries;
using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment;

/// <summary>
/// The Enrich stage's analysis of one article. Construct once (it loads the word lists and the language detector)
/// and share: Enrich keeps no state between calls and is safe to call from several threads at once.
/// </summary>
public sealed class ArticleEnricher
{
    private readonly Gazetteer gazetteer;
    private readonly EntityRecognizer recognizer;
    private readonly KeywordExtractor keywords;
    private readonly StorySignatureBuilder signatures;
    private readonly LanguageIdentifier languages = new();

    public ArticleEnricher()
    {
        gazetteer = Gazetteer.Load();
        var lexicon = EnglishLexicon.Load();
        recognizer = new EntityRecognizer(gazetteer, lexicon);
        keywords = new KeywordExtractor(lexicon);
        signatures = new StorySignatureBuilder(lexicon);
    }

    /// <summary>
    /// Enriches one short text, so the language models and gazetteers are loaded before the first real article (on
    /// their first use that takes some seconds of a process's start).
    /// </summary>
    public void WarmUp() => Enrich("Warm-up", "The minister said on Monday in London that the talks would continue.");

    /// <param name="title">The headline; may be empty.</param>
    /// <param name="text">The cleaned body, paragraphs separated by blank lines. Entity and quote offsets refer to it.</param>
    public ArticleEnrichment Enrich(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        title ??= string.Empty;

        var (language, confidence) = languages.Identify(title, text);

        // Capitalisation cues, name lists and speech verbs are English; elsewhere they would invent names.
        var english = language is "en" or "und";
        var body = Tokenizer.Tokenize(text, gazetteer.IsKnownWord);
        var heading = Tokenizer.Tokenize(title, gazetteer.IsKnownWord);
        IReadOnlyList<EntityMention> entities = english ? EntityResolver.Resolve(recognizer.Recognize(body)) : [];
        IReadOnlyList<Quote> quotes = english ? QuoteAttributor.Attribute(body, QuoteFinder.Find(body), entities) : [];
        var ranked = keywords.Extract(heading, body, entities, english);

        return new ArticleEnrichment
        {
            Language = language,
            LanguageConfidence = confidence,
            Entities = entities,
            Quotes = quotes,
            Keywords = ranked.Select(k => k.Term).ToList(),
            Summary = ExtractiveSummarizer.Summarize(body, ranked),
            SimHash = SimHash.Compute(text),
            Signature = signatures.Build(heading, body, entities, ranked),
        };
    }
}
