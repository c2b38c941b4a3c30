namespace Newspipe.Enrichment.Entities;

/// <summary>A span of tokens that names something; Type is null while the recogniser has no evidence yet.</summary>
internal sealed class Mention(int firstToken, int endToken, int start, int end, string surface)
{
    public int FirstToken { get; } = firstToken;

    public int EndToken { get; } = endToken;

    public int Start { get; } = start;

    public int End { get; } = end;

    public string Surface { get; } = surface;

    public EntityType? Type { get; set; }

    /// <summary>Canonical name from a list or an acronym defined in the article; null when the surface form is all we have.</summary>
    public string? KnownCanonical { get; set; }

    /// <summary>Found in a list (or by a structural pattern), rather than guessed from context.</summary>
    public bool IsCertain { get; set; }

    public int TokenCount => EndToken - FirstToken;

    public override string ToString() => $"{Surface} [{Type}] {KnownCanonical}";
}
