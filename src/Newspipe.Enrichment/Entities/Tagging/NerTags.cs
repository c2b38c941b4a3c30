namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>
/// The IOB2 tags the sequence tagger predicts (CoNLL-2003: PER, ORG, LOC, MISC), plus a virtual start tag that
/// stands before the first word of a sentence.
/// </summary>
internal static class NerTags
{
    public const int Outside = 0;

    public const int Count = 9;

    /// <summary>The "previous tag" of the first word of a sentence.</summary>
    public const int SentenceStart = Count;

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static int Parse(string name)
    {
        var index = Array.IndexOf(Names, name);
        if (index >= 0)
        {
            return index;
        }

        // IOB1 files write an entity's first word "I-" too; a "B-" only separates two adjacent entities.
        throw new FormatException($"Unknown tag '{name}'.");
    }

    public static bool IsBegin(int tag) => tag != Outside && tag % 2 == 1;

    public static bool IsInside(int tag) => tag != Outside && tag % 2 == 0;

    /// <summary>0 PER, 1 ORG, 2 LOC, 3 MISC; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == Outside ? -1 : (tag - 1) / 2;

    public static int Begin(int type) => 1 + type * 2;

    /// <summary>"I-X" follows only "B-X" or "I-X".</summary>
    public static bool CanFollow(int previous, int tag) =>
        !IsInside(tag) || previous is not (SentenceStart or Outside) && TypeOf(previous) == TypeOf(tag);
}
