using System.Text.RegularExpressions;

using Newspipe.Cleaning;

namespace Newspipe.Benchmarks.Extraction;

/// <summary>
/// The article-extraction-benchmark metric: case-sensitive \w+ tokens (Python semantics), multisets of overlapping
/// 4-token shingles (a text of 1-3 tokens is one short shingle), true/false positives as multiset overlap.
/// </summary>
internal static partial class ShingleMetric
{
    private const int ShingleSize = 4;

    public static (int TruePositives, int FalsePositives, int FalseNegatives) Compare(string truth, string predicted)
    {
        var truthShingles = Shingles(truth);
        var predictedShingles = Shingles(predicted);
        int tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, predictedCount) in predictedShingles)
        {
            var truthCount = truthShingles.GetValueOrDefault(shingle);
            tp += Math.Min(truthCount, predictedCount);
            fp += Math.Max(0, predictedCount - truthCount);
        }

        foreach (var (shingle, truthCount) in truthShingles)
        {
            fn += Math.Max(0, truthCount - predictedShingles.GetValueOrDefault(shingle));
        }

        return (tp, fp, fn);
    }

    /// <summary>Precision as the benchmark defines it: 1 when nothing false was predicted; null when nothing was predicted.</summary>
    public static double? Precision(int tp, int fp) => tp + fp == 0 ? null : fp == 0 ? 1.0 : (double)tp / (tp + fp);

    public static double? Recall(int tp, int fn) => tp + fn == 0 ? null : fn == 0 ? 1.0 : (double)tp / (tp + fn);

    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Length - ShingleSize + 1);
        for (var i = 0; i < count && tokens.Length > 0; i++)
        {
            var shingle = string.Join(' ', tokens, i, Math.Min(ShingleSize, tokens.Length - i));
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }

        return shingles;
    }

    // Python's \w for str patterns: letters, digits and numbers, underscore.
    [GeneratedRegex(@"[\p{L}\p{Nd}\p{Nl}\p{No}_]+")]
    private static partial Regex Token();
}
