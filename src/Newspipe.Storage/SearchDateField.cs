namespace Newspipe.Storage;

/// <summary>Which date a search's range applies to.</summary>
public enum SearchDateField
{
    /// <summary>The date the outlet published the article (as Clean found it).</summary>
    Published,

    /// <summary>When the store wrote it.</summary>
    Stored,
}
