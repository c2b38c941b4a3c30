using System.Runtime.CompilerServices;

namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>
/// Feature key to tag weights, as an open-addressing table with linear probing that keeps the weights beside the
/// key: the tagger looks up some seventy features a word, and one memory access each keeps that fast. Key 0 marks an
/// empty slot (<see cref="FeatureHash"/> never gives 0).
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] slots;
    private readonly int mask;

    public FeatureTable(int count)
    {
        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity *= 2;
        }

        slots = new Slot[capacity];
        mask = capacity - 1;
    }

    public int Count { get; private set; }

    public void Add(uint key, ReadOnlySpan<float> weights)
    {
        var slot = SlotOf(key);
        while (slots[slot].Key != 0)
        {
            if (slots[slot].Key == key)
            {
                throw new ArgumentException($"Feature {key} is already in the table.", nameof(key));
            }

            slot = (slot + 1) & mask;
        }

        slots[slot].Key = key;
        weights.CopyTo(slots[slot].Weights);
        Count++;
    }

    /// <summary>Adds the feature's weights to <paramref name="scores"/>; nothing for an unknown feature.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddTo(uint key, Span<float> scores)
    {
        var slot = SlotOf(key);
        while (true)
        {
            ref var found = ref slots[slot];
            if (found.Key == key)
            {
                ReadOnlySpan<float> weights = found.Weights;
                for (var y = 0; y < NerTags.Count; y++)
                {
                    scores[y] += weights[y];
                }

                return;
            }

            if (found.Key == 0)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int SlotOf(uint key) => (int)((key * 0x9E3779B1u) >> 8) & mask;

    private struct Slot
    {
        public uint Key;
        public TagWeights Weights;
    }
}
