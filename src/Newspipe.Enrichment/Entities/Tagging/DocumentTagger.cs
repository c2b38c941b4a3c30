namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>Tags the sentences of one document in order, so later sentences see how earlier ones were tagged.</summary>
internal sealed class DocumentTagger(FeatureExtractor extractor, IFeatureWeights model)
{
    /// <param name="sentences">The words of each sentence, normalised with <see cref="WordShape.Normalize"/>.</param>
    public TaggedSentence[] Tag(IReadOnlyList<string[]> sentences)
    {
        var document = new DocumentContext(sentences);
        var tagged = new TaggedSentence[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var traits = extractor.Traits(sentences[s], document.WordTraits);
            var tags = ViterbiDecoder.Decode(extractor.Extract(traits, document), model);
            document.Record(traits, tags);
            tagged[s] = new TaggedSentence(traits, tags);
        }

        return tagged;
    }
}
