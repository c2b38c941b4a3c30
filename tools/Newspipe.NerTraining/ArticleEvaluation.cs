using System.Globalization;
using System.Text;
using Newspipe.Enrichment;
using Newspipe.Enrichment.Entities.Tagging;

namespace Newspipe.NerTraining;

/// <summary>
/// Scores the whole Enrich stage (tagger, word lists, rules, tokenizer) on CoNLL documents turned back into text:
/// words joined by spaces, one sentence a line. Exact character spans and types, person/organisation/location only.
/// </summary>
internal static class ArticleEvaluation
{
    public static string Report(IReadOnlyList<ConllDocument> documents)
    {
        var enricher = new ArticleEnricher();
        var scores = new[] { new SpanScore(), new SpanScore(), new SpanScore() };
        foreach (var document in documents)
        {
            var (text, gold) = Render(document);
            var found = enricher.Enrich(string.Empty, text).Entities.Select(e => (e.Start, e.End, e.Type)).ToHashSet();
            foreach (var entity in gold)
            {
                scores[(int)entity.Type].Expected++;
            }

            foreach (var entity in found)
            {
                scores[(int)entity.Type].Predicted++;
                scores[(int)entity.Type].Correct += gold.Contains(entity) ? 1 : 0;
            }
        }

        var overall = new SpanScore
        {
            Correct = scores.Sum(s => s.Correct), Predicted = scores.Sum(s => s.Predicted), Expected = scores.Sum(s => s.Expected),
        };
        var report = new StringBuilder();
        string[] names = ["PER", "ORG", "LOC", "all"];
        foreach (var (name, score) in names.Zip(scores.Append(overall)))
        {
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-6} {score.Precision,9:0.0000}  {score.Recall,6:0.0000}  {score.F1,6:0.0000}  ({score.Correct}/{score.Predicted}/{score.Expected})"));
        }

        return report.ToString();
    }

    private static (string Text, HashSet<(int Start, int End, EntityType Type)> Gold) Render(ConllDocument document)
    {
        var text = new StringBuilder();
        var gold = new HashSet<(int, int, EntityType)>();
        foreach (var sentence in document.Sentences)
        {
            var starts = new int[sentence.Words.Length + 1];
            for (var w = 0; w < sentence.Words.Length; w++)
            {
                starts[w] = text.Length;
                text.Append(sentence.Words[w]).Append(w + 1 < sentence.Words.Length ? " " : string.Empty);
            }

            starts[sentence.Words.Length] = text.Length + 1;
            foreach (var span in TaggedSpan.From(sentence.Tags).Where(s => s.Type < 3))
            {
                gold.Add((starts[span.Start], starts[span.End] - 1, (EntityType)span.Type));
            }

            text.Append('\n');
        }

        return (text.ToString(), gold);
    }
}
