using Newspipe.Enrichment.Entities.Tagging;
using Newspipe.Enrichment.Lexicon;

namespace Newspipe.NerTraining;

/// <summary>Training options and the steps from CoNLL documents to the bytes of a model.</summary>
internal sealed class ModelBuilder(int epochs, int seed, float threshold)
{
    public FeatureExtractor Extractor { get; } = new(new GazetteerMatcher(Gazetteer.Load(), EnglishLexicon.Load()));

    /// <summary>Trains on the documents; after each epoch <paramref name="afterEpoch"/> may look at the model it would write.</summary>
    public byte[] Train(IReadOnlyList<ConllDocument> documents, Action<int, TaggerModel>? afterEpoch = null)
    {
        var trainer = new PerceptronTrainer(Extractor, seed);
        var weights = trainer.Train(documents, epochs, afterEpoch is null ? null : (epoch, w) => afterEpoch(epoch, Load(Serialize(w))));
        return Serialize(weights);
    }

    public static TaggerModel Load(byte[] model)
    {
        using var stream = new MemoryStream(model);
        return TaggerModel.Read(stream);
    }

    private byte[] Serialize(AveragedWeights weights)
    {
        using var stream = new MemoryStream();
        TaggerModel.Write(stream, weights.Averaged(threshold));
        return stream.ToArray();
    }
}
