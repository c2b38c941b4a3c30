namespace Newspipe.Enrichment.Quotes;

/// <summary>Quoted words between quote marks; Parts has more than one range when the quotation runs over paragraphs.</summary>
internal sealed record QuotedSpan(IReadOnlyList<Range> Parts)
{
    public int Start => Parts[0].Start.Value;

    public int End => Parts[^1].End.Value;
}
