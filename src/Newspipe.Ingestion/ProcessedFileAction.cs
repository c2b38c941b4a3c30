namespace Newspipe.Ingestion;

/// <summary>What <see cref="InboxFile.CompleteAsync"/> does with a processed file.</summary>
public enum ProcessedFileAction
{
    /// <summary>Move it to <c>processed/</c>, keeping its subpath.</summary>
    Move,

    /// <summary>Put it back where it was and remember it, so it is not picked up again.</summary>
    Keep,

    /// <summary>Delete it.</summary>
    Delete,
}
