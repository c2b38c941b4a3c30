namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>Tags the sentences of one document in order, so later sentences see how earlier ones were tagged.</summary>
internal sealed class DocumentTagger(FeatureExtractor extractor, IFeatureWeights model)
{
    /// <param name="sentences">The words of each sentence, normalised with <see cref="WordShape.Normalize"/>.</param>
    public int[][] Tag(IReadOnlyList<string[]> sentences)
    {
        var document = new DocumentContext(sentences);
        var tags = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var traits = extractor.Traits(sentences[s]);
            tags[s] = ViterbiDecoder.Decode(extractor.Extract(traits, document), model);
            document.Record(traits, tags[s]);
        }

        return tags;
    }
}
