namespace Newspipe.Storage;

/// <summary>One real-world entity, shared by every article that mentions it under any spelling.</summary>
public sealed class EntityRecord
{
    /// <summary>The spelling-independent identity key (type and normalised name).</summary>
    public required string Key { get; set; }

    /// <summary>The canonical name first seen for this key.</summary>
    public required string Canonical { get; set; }

    public required string Type { get; set; }

    public DateTime FirstSeenAt { get; set; }
}
