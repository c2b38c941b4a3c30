namespace Newspipe.Storage;

/// <summary>What <see cref="ArticleStore.SaveAsync"/> did.</summary>
public enum SaveResult
{
    /// <summary>The article was written.</summary>
    Stored,

    /// <summary>An article with this id was already there; nothing was written.</summary>
    AlreadyStored,
}
