namespace Newspipe.Ingestion;

/// <summary>An article file that cannot be ingested, and why; the message names both.</summary>
public sealed class ArticleFileException(string file, string reason, Exception? innerException = null)
    : Exception($"{file}: {reason}", innerException)
{
    /// <summary>The file's display name (its name inside the inbox).</summary>
    public string File { get; } = file;

    public string Reason { get; } = reason;
}
