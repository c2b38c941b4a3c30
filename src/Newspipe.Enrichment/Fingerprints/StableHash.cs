namespace Newspipe.Enrichment.Fingerprints;

/// <summary>
/// A 64-bit string hash that is the same in every process and on every machine (string.GetHashCode is not), so
/// fingerprints stored by one worker compare with those computed by another.
/// </summary>
internal static class StableHash
{
    public static ulong Of(ReadOnlySpan<char> text)
    {
        // FNV-1a, then a SplitMix64 finish to spread the bits.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xbf58476d1ce4e5b9UL;
        value ^= value >> 27;
        value *= 0x94d049bb133111ebUL;
        value ^= value >> 31;
        return value;
    }
}
