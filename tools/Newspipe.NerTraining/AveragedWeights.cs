using Newspipe.Enrichment.Entities.Tagging;

namespace Newspipe.NerTraining;

/// <summary>
/// Perceptron weights with their running sums for averaging (w − u/c, Daumé's trick). Rows are created on first
/// update, in the order the updates happen, so a fixed training order gives the same weights every time.
/// </summary>
internal sealed class AveragedWeights : IFeatureWeights
{
    private const int Tags = NerTags.Count;

    private readonly Dictionary<uint, int> rows = [];
    private float[] weights = new float[1 << 20];
    private double[] sums = new double[1 << 20];

    /// <summary>Count of examples seen, plus one.</summary>
    public long Step { get; private set; } = 1;

    public void AddTo(uint feature, Span<float> scores)
    {
        if (rows.TryGetValue(feature, out var row))
        {
            for (var y = 0; y < Tags; y++)
            {
                scores[y] += weights[row + y];
            }
        }
    }

    public void NextStep() => Step++;

    public void Add(uint feature, int tag, float delta)
    {
        if (!rows.TryGetValue(feature, out var row))
        {
            row = rows.Count * Tags;
            rows.Add(feature, row);
            if (row + Tags > weights.Length)
            {
                Array.Resize(ref weights, weights.Length * 2);
                Array.Resize(ref sums, sums.Length * 2);
            }
        }

        weights[row + tag] += delta;
        sums[row + tag] += Step * (double)delta;
    }

    /// <summary>The averaged weights, dropping those smaller than <paramref name="threshold"/> and the rows left empty.</summary>
    public List<(uint Feature, float[] Weights)> Averaged(float threshold)
    {
        var averaged = new List<(uint, float[])>(rows.Count);
        foreach (var (feature, row) in rows.OrderBy(r => r.Key))
        {
            var values = new float[Tags];
            var any = false;
            for (var y = 0; y < Tags; y++)
            {
                var value = (float)(weights[row + y] - sums[row + y] / Step);
                if (Math.Abs(value) >= threshold)
                {
                    values[y] = value;
                    any = true;
                }
            }

            if (any)
            {
                averaged.Add((feature, values));
            }
        }

        return averaged;
    }
}
