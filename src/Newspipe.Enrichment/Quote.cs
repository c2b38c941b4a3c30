namespace Newspipe.Enrichment;

/// <summary>
/// A direct quotation: Speaker is the canonical name of the entity quoted; Start/End bound the quoted words in the
/// article text (quote marks excluded). A quotation continued over paragraphs is one Quote whose Text joins the parts.
/// </summary>
public sealed record Quote(string Speaker, string Text, int Start, int End);
