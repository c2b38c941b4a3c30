using System.Text.RegularExpressions;

namespace Newspipe.Cleaning.Tests.Multilingual;

/// <summary>
/// Snippet-based extraction score, as the held-out web-page set is scored: a must-include snippet found in the text is
/// a true positive, one missing a false negative, a must-exclude snippet found a false positive. Summed over pages
/// (micro average); whitespace is collapsed on both sides, case is kept.
/// </summary>
public sealed partial record SnippetScore(int TruePositives, int FalseNegatives, int FalsePositives, IReadOnlyList<string> Misses)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SnippetScore Of(MultilingualPage page, string extracted)
    {
        var text = Normalize(extracted);
        var misses = new List<string>();
        int tp = 0, fn = 0, fp = 0;
        foreach (var snippet in page.MustInclude)
        {
            if (text.Contains(Normalize(snippet), StringComparison.Ordinal))
            {
                tp++;
            }
            else
            {
                fn++;
                misses.Add($"{page.Name}: missing \"{snippet}\"");
            }
        }

        foreach (var snippet in page.MustExclude.Where(s => text.Contains(Normalize(s), StringComparison.Ordinal)))
        {
            fp++;
            misses.Add($"{page.Name}: kept \"{snippet}\"");
        }

        return new SnippetScore(tp, fn, fp, misses);
    }

    public static SnippetScore Sum(IEnumerable<SnippetScore> scores)
    {
        int tp = 0, fn = 0, fp = 0;
        var misses = new List<string>();
        foreach (var score in scores)
        {
            tp += score.TruePositives;
            fn += score.FalseNegatives;
            fp += score.FalsePositives;
            misses.AddRange(score.Misses);
        }

        return new SnippetScore(tp, fn, fp, misses);
    }

    public override string ToString() =>
        FormattableString.Invariant($"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fn {FalseNegatives}, fp {FalsePositives})");

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
