using Newspipe.Enrichment.Entities.Tagging;
using Newspipe.NerTraining;

namespace Newspipe.Enrichment.Tests;

/// <summary>The trainer's CoNLL reader, scorer and determinism, on small files written here.</summary>
public sealed class NerTrainingTests
{
    private const string Sample = """
        -DOCSTART- -X- -X- O

        Acme NNP B-NP I-ORG
        Corp NNP I-NP I-ORG
        hired VBD B-VP O
        Jane NNP B-NP I-PER
        Doe NNP I-NP I-PER
        in IN B-PP O
        Paris NNP B-NP I-LOC
        . . O O

        -DOCSTART- -X- -X- O

        Doe NNP B-NP I-PER
        left VBD B-VP O
        Acme NNP B-NP I-ORG
        Corp NNP I-NP I-ORG
        Smith NNP I-NP B-ORG
        . . O O
        """;

    [Fact]
    public void The_reader_splits_documents_and_sentences_and_reads_iob1_as_iob2()
    {
        var documents = ConllReader.Read(Sample.Split('\n'));

        Assert.Equal(2, documents.Count);
        var first = Assert.Single(documents[0].Sentences);
        Assert.Equal(["Acme", "Corp", "hired", "Jane", "Doe", "in", "Paris", "."], first.Words);
        Assert.Equal(["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], first.Tags.Select(t => NerTags.Names[t]));
        Assert.Equal(["B-PER", "O", "B-ORG", "I-ORG", "B-ORG", "O"], documents[1].Sentences[0].Tags.Select(t => NerTags.Names[t]));
    }

    [Fact]
    public void The_scorer_counts_only_exact_spans_of_the_right_type()
    {
        var gold = Tags("B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O");
        var found = Tags("B-ORG", "O", "O", "B-PER", "I-PER", "O", "B-ORG", "O");
        var scorer = new ConllScorer();

        scorer.Add(gold, found);

        Assert.Equal((1, 1, 1), (scorer["PER"].Correct, scorer["PER"].Predicted, scorer["PER"].Expected));
        Assert.Equal((0, 2, 1), (scorer["ORG"].Correct, scorer["ORG"].Predicted, scorer["ORG"].Expected));
        Assert.Equal((0, 0, 1), (scorer["LOC"].Correct, scorer["LOC"].Predicted, scorer["LOC"].Expected));
        Assert.Equal(1.0 / 3, scorer.Overall.Precision, 6);
        Assert.Equal(1.0 / 3, scorer.Overall.Recall, 6);
        Assert.Equal(1.0 / 3, scorer.Overall.F1, 6);
    }

    [Fact]
    public void Training_twice_on_the_same_file_gives_the_same_bytes_and_a_model_that_learned()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ner-{Guid.NewGuid():N}.iob");
        File.WriteAllLines(path, SyntheticCorpus());
        try
        {
            var documents = ConllReader.Read(path);
            var first = new ModelBuilder(epochs: 5, seed: 7, threshold: 0).Train(documents);
            var second = new ModelBuilder(epochs: 5, seed: 7, threshold: 0).Train(ConllReader.Read(path));

            Assert.Equal(first, second);
            var builder = new ModelBuilder(epochs: 5, seed: 7, threshold: 0);
            var score = NerEvaluation.Score(documents, builder.Extractor, ModelBuilder.Load(first));
            Assert.True(score.Overall.F1 > 0.95, $"training-set F1 {score.Overall.F1}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int[] Tags(params string[] names) => names.Select(NerTags.Parse).ToArray();

    // Made-up firms ("X Holdings") and people ("Mr X") in a few sentence patterns, one document each.
    private static IEnumerable<string> SyntheticCorpus()
    {
        string[] firms = ["Zorvex", "Quanto", "Belmira", "Tarkon", "Ulvane", "Morrisk"];
        string[] people = ["Adler", "Brune", "Castel", "Dorn", "Evers", "Falk"];
        for (var d = 0; d < 24; d++)
        {
            var firm = firms[d % firms.Length];
            var person = people[(d * 5 + 1) % people.Length];
            yield return "-DOCSTART- -X- -X- O";
            yield return string.Empty;
            foreach (var line in new[] { $"{firm} B-ORG", "Holdings I-ORG", "said O", "Mr O", $"{person} B-PER", "resigned O", ". O" })
            {
                var parts = line.Split(' ');
                yield return $"{parts[0]} NNP B-NP {parts[1]}";
            }

            yield return string.Empty;
        }
    }
}
