using System.Globalization;
using System.Text;
using Newspipe.Enrichment.Entities.Tagging;

namespace Newspipe.NerTraining;

/// <summary>CoNLL's exact-span precision, recall and F1, by type and overall (conlleval's figures).</summary>
internal sealed class ConllScorer
{
    private readonly SpanScore[] byType = Enumerable.Range(0, NerTags.Types.Length).Select(_ => new SpanScore()).ToArray();

    public SpanScore Overall { get; } = new();

    public SpanScore this[string type] => byType[Array.IndexOf(NerTags.Types, type)];

    public void Add(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        var expected = TaggedSpan.From(gold);
        var found = TaggedSpan.From(predicted);
        var correct = found.Intersect(expected).ToList();
        foreach (var span in expected)
        {
            byType[span.Type].Expected++;
        }

        foreach (var span in found)
        {
            byType[span.Type].Predicted++;
        }

        foreach (var span in correct)
        {
            byType[span.Type].Correct++;
        }

        Overall.Expected += expected.Count;
        Overall.Predicted += found.Count;
        Overall.Correct += correct.Count;
    }

    public string Report()
    {
        var report = new StringBuilder();
        report.AppendLine("type   precision  recall   F1      (correct/predicted/expected)");
        foreach (var type in NerTags.Types)
        {
            Line(type, this[type]);
        }

        Line("all", Overall);
        return report.ToString();

        void Line(string name, SpanScore score) => report.AppendLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-6} {score.Precision,9:0.0000}  {score.Recall,6:0.0000}  {score.F1,6:0.0000}  ({score.Correct}/{score.Predicted}/{score.Expected})"));
    }
}
