using System.Runtime.CompilerServices;

namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>
/// Stable 32-bit keys for feature strings (FNV-1a over the template and the characters, then a final mix), so the
/// model stores no strings and the tagger builds no strings for its features. Never change: the trained model depends on it.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static uint Of(FeatureTemplate template, ReadOnlySpan<char> value) => Finish(Append(Start(template), value));

    public static uint Of(FeatureTemplate template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Finish(Append(Append(Append(Start(template), first), "\u0001"), second));

    public static uint Of(FeatureTemplate template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third) =>
        Finish(Append(Append(Append(Append(Append(Start(template), first), "\u0001"), second), "\u0001"), third));

    public static uint Of(FeatureTemplate template, int value) => Finish(Mix(Start(template), (ulong)value));

    /// <summary>A feature conjoined with a small number (the previous tag).</summary>
    public static uint With(uint feature, int value) => Finish(Mix(Offset ^ feature, (ulong)value + 0x9E3779B9UL));

    private static ulong Start(FeatureTemplate template) => Mix(Offset, (ulong)template);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Append(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ (c & 0xFFu)) * Prime;
            hash = (hash ^ (uint)(c >> 8)) * Prime;
        }

        return hash;
    }

    private static ulong Mix(ulong hash, ulong value) => (hash ^ value) * Prime;

    private static uint Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        var key = (uint)hash ^ (uint)(hash >> 32);
        return key == 0 ? 1 : key; // 0 marks an empty slot of the feature table
    }
}
