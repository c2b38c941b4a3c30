using Newspipe.Enrichment.Entities.Tagging;

namespace Newspipe.NerTraining;

/// <summary>
/// Trains the tagger as a structured averaged perceptron: decode each sentence with the current weights (Viterbi,
/// documents in a seeded shuffled order, sentences in document order so the document features see the tagger's own
/// earlier decisions) and move the weights from the predicted features towards the gold ones.
/// </summary>
internal sealed class PerceptronTrainer(FeatureExtractor extractor, int seed)
{
    public AveragedWeights Train(IReadOnlyList<ConllDocument> documents, int epochs, Action<int, AveragedWeights>? afterEpoch = null)
    {
        var weights = new AveragedWeights();
        var traits = documents.Select(d => d.Sentences.Select(s => extractor.Traits(s.Words)).ToArray()).ToArray();
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var d in order)
            {
                TrainDocument(documents[d], traits[d], weights);
            }

            afterEpoch?.Invoke(epoch, weights);
        }

        return weights;
    }

    private void TrainDocument(ConllDocument document, TokenTraits[][] traits, AveragedWeights weights)
    {
        var context = new DocumentContext(document.Sentences.Select(s => s.Words).ToList());
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var gold = document.Sentences[s].Tags;
            var features = extractor.Extract(traits[s], context);
            var predicted = ViterbiDecoder.Decode(features, weights);
            if (!predicted.AsSpan().SequenceEqual(gold))
            {
                Update(features, gold, predicted, weights);
            }

            weights.NextStep();
            context.Record(traits[s], predicted);
        }
    }

    private static void Update(SentenceFeatures features, int[] gold, int[] predicted, AveragedWeights weights)
    {
        for (var t = 0; t < gold.Length; t++)
        {
            if (gold[t] != predicted[t])
            {
                foreach (var feature in features.EmissionsOf(t))
                {
                    weights.Add(feature, gold[t], 1);
                    weights.Add(feature, predicted[t], -1);
                }
            }

            var goldPrevious = t == 0 ? NerTags.SentenceStart : gold[t - 1];
            var predictedPrevious = t == 0 ? NerTags.SentenceStart : predicted[t - 1];
            if (goldPrevious == predictedPrevious && gold[t] == predicted[t])
            {
                continue;
            }

            foreach (var feature in features.TransitionsOf(t))
            {
                weights.Add(FeatureHash.With(feature, goldPrevious), gold[t], 1);
                weights.Add(FeatureHash.With(feature, predictedPrevious), predicted[t], -1);
            }
        }
    }
}
