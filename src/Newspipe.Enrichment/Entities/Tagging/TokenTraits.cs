namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>What the feature templates read about one word, computed once per word.</summary>
internal readonly record struct TokenTraits(string Word, string Lower, string Shape, int Flags, int WordClasses, int GazetteerTag)
{
    public bool IsCapitalized => (Flags & WordShape.Capitalized) != 0;

    public bool IsAllCaps => (Flags & WordShape.AllCaps) != 0 && (Flags & WordShape.HasLetter) != 0;
}
