using System.Runtime.CompilerServices;

namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>Finds the best-scoring tag sequence of a sentence under a first-order model, never "I-X" after anything but "B-X" or "I-X".</summary>
internal static class ViterbiDecoder
{
    private const int Tags = NerTags.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Decode(SentenceFeatures sentence, IFeatureWeights model)
    {
        var length = sentence.Length;
        if (length == 0)
        {
            return [];
        }

        var score = new float[length * Tags];
        var back = new int[length * Tags];
        Span<float> emission = stackalloc float[Tags];
        Span<float> transition = stackalloc float[(Tags + 1) * Tags];
        Span<float> constant = stackalloc float[(Tags + 1) * Tags];
        Transitions(sentence.TransitionsOf(0)[..1], 0, Tags, model, constant);
        for (var t = 0; t < length; t++)
        {
            Emissions(sentence, t, model, emission);
            var (firstPrevious, lastPrevious) = t == 0 ? (NerTags.SentenceStart, NerTags.SentenceStart) : (0, Tags - 1);
            constant.CopyTo(transition);
            Transitions(sentence.TransitionsOf(t)[1..], firstPrevious, lastPrevious, model, transition);
            Step(t, emission, transition, score, back);
        }

        return Backtrack(score, back, length);
    }

    /// <summary>Best score of each tag at word t, and the previous tag it came from.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Step(int t, ReadOnlySpan<float> emission, ReadOnlySpan<float> transition, float[] score, int[] back)
    {
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
                var candidate = NerTags.CanFollow(p, y) ? score[(t - 1) * Tags + p] + transition[p * Tags + y] : float.NegativeInfinity;
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

    private static int[] Backtrack(float[] score, int[] back, int length)
    {
        var last = 0;
        for (var y = 1; y < Tags; y++)
        {
            if (score[(length - 1) * Tags + y] > score[(length - 1) * Tags + last])
            {
                last = y;
            }
        }

        var tags = new int[length];
        for (var t = length - 1; t >= 0; t--)
        {
            tags[t] = last;
            last = back[t * Tags + last];
        }

        return tags;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Emissions(SentenceFeatures sentence, int t, IFeatureWeights model, Span<float> emission)
    {
        emission.Clear();
        foreach (var feature in sentence.EmissionsOf(t))
        {
            model.AddTo(feature, emission);
        }
    }

    /// <summary>Adds the transition weights of the features for the previous tags firstPrevious..lastPrevious.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Transitions(ReadOnlySpan<uint> features, int firstPrevious, int lastPrevious, IFeatureWeights model, Span<float> transition)
    {
        foreach (var feature in features)
        {
            for (var p = firstPrevious; p <= lastPrevious; p++)
            {
                model.AddTo(FeatureHash.With(feature, p), transition.Slice(p * Tags, Tags));
            }
        }
    }
}
