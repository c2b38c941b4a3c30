namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>Finds the best-scoring tag sequence of a sentence under a first-order model, never "I-X" after anything but "B-X" or "I-X".</summary>
internal static class ViterbiDecoder
{
    private const int Tags = NerTags.Count;

    public static int[] Decode(SentenceFeatures sentence, IFeatureWeights model)
    {
        var length = sentence.Length;
        var tags = new int[length];
        if (length == 0)
        {
            return tags;
        }

        var weights = model.Weights;
        var score = new float[length * Tags];
        var back = new int[length * Tags];
        Span<float> emission = stackalloc float[Tags];
        Span<float> transition = stackalloc float[(Tags + 1) * Tags];
        for (var t = 0; t < length; t++)
        {
            Emissions(sentence, t, model, weights, emission);
            Transitions(sentence, t, model, weights, transition);
            for (var y = 0; y < Tags; y++)
            {
                if (t == 0)
                {
                    score[y] = NerTags.CanFollow(NerTags.SentenceStart, y)
                        ? emission[y] + transition[NerTags.SentenceStart * Tags + y]
                        : float.NegativeInfinity;
                    continue;
                }

                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < Tags; p++)
                {
                    if (!NerTags.CanFollow(p, y))
                    {
                        continue;
                    }

                    var candidate = score[(t - 1) * Tags + p] + transition[p * Tags + y];
                    if (candidate > best)
                    {
                        best = candidate;
                        bestPrevious = p;
                    }
                }

                score[t * Tags + y] = best + emission[y];
                back[t * Tags + y] = bestPrevious;
            }
        }

        var last = 0;
        for (var y = 1; y < Tags; y++)
        {
            if (score[(length - 1) * Tags + y] > score[(length - 1) * Tags + last])
            {
                last = y;
            }
        }

        for (var t = length - 1; t >= 0; t--)
        {
            tags[t] = last;
            last = back[t * Tags + last];
        }

        return tags;
    }

    private static void Emissions(SentenceFeatures sentence, int t, IFeatureWeights model, float[] weights, Span<float> emission)
    {
        emission.Clear();
        foreach (var feature in sentence.EmissionsOf(t))
        {
            var row = model.RowOf(feature);
            if (row < 0)
            {
                continue;
            }

            for (var y = 0; y < Tags; y++)
            {
                emission[y] += weights[row + y];
            }
        }
    }

    private static void Transitions(SentenceFeatures sentence, int t, IFeatureWeights model, float[] weights, Span<float> transition)
    {
        transition.Clear();
        var firstPrevious = t == 0 ? NerTags.SentenceStart : 0;
        var lastPrevious = t == 0 ? NerTags.SentenceStart : Tags - 1;
        foreach (var feature in sentence.TransitionsOf(t))
        {
            for (var p = firstPrevious; p <= lastPrevious; p++)
            {
                var row = model.RowOf(FeatureHash.With(feature, p));
                if (row < 0)
                {
                    continue;
                }

                for (var y = 0; y < Tags; y++)
                {
                    transition[p * Tags + y] += weights[row + y];
                }
            }
        }
    }
}
