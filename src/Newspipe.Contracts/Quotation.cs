namespace Newspipe.Contracts;

/// <summary>A direct quotation and who said it.</summary>
public sealed record Quotation
{
    /// <summary>Canonical name of the speaker.</summary>
    public required string Speaker { get; init; }

    /// <summary>The quoted words, without the quotation marks.</summary>
    public required string Text { get; init; }
}
