using Newspipe.Enrichment.Entities.Tagging;

namespace Newspipe.NerTraining;

/// <summary>Tags documents with a model and scores the result against their gold tags.</summary>
internal static class NerEvaluation
{
    public static ConllScorer Score(IReadOnlyList<ConllDocument> documents, FeatureExtractor extractor, IFeatureWeights model)
    {
        var tagger = new DocumentTagger(extractor, model);
        var scorer = new ConllScorer();
        foreach (var document in documents)
        {
            var predicted = tagger.Tag(document.Sentences.Select(s => s.Words).ToList()).Select(s => s.Tags).ToArray();
            for (var s = 0; s < predicted.Length; s++)
            {
                scorer.Add(document.Sentences[s].Tags, predicted[s]);
            }
        }

        return scorer;
    }
}
