namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>
/// The hashed features of each word of one sentence: emission features (scored against the word's tag) and the
/// bases of the transition features (scored against the previous tag and the word's tag).
/// </summary>
internal sealed class SentenceFeatures(TokenTraits[] tokens, uint[] emissions, int[] offsets, uint[] transitions)
{
    public const int TransitionsPerToken = 3;

    public TokenTraits[] Tokens { get; } = tokens;

    public int Length => Tokens.Length;

    public ReadOnlySpan<uint> EmissionsOf(int token) => emissions.AsSpan(offsets[token], offsets[token + 1] - offsets[token]);

    /// <summary>Conjoin each with the previous tag through <see cref="FeatureHash.With"/>. The first is the same for every word.</summary>
    public ReadOnlySpan<uint> TransitionsOf(int token) => transitions.AsSpan(token * TransitionsPerToken, TransitionsPerToken);
}
