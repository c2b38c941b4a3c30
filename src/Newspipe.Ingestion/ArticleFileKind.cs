namespace Newspipe.Ingestion;

/// <summary>What an article file's extension says it holds.</summary>
internal enum ArticleFileKind
{
    Html,
    Text,
    Markdown,
    Json,
}
