using Newspipe.Cleaning;
using Newspipe.Contracts;
using Newspipe.Ingestion;

namespace Newspipe.Cli;

/// <summary>
/// Reads files given on the command line the way Ingest reads the inbox (formats, encodings, JSON arrays) and cleans
/// them the way Clean does: the same library code the pipeline runs.
/// </summary>
internal sealed class FileArticles
{
    private readonly ArticleFileReader reader = new(new InboxOptions());
    private readonly ArticleCleaner cleaner = new();

    /// <summary>Each document in the files, cleaned, or the reason it could not be read; in the order given.</summary>
    public IEnumerable<(string File, SourceDocument? Document, CleanedArticle? Article, string? Error)> Read(
        IEnumerable<string> files, bool raw)
    {
        foreach (var file in files)
        {
            IReadOnlyList<SourceDocument> documents;
            string? error = null;
            try
            {
                documents = reader.Read(Path.GetFullPath(file), file);
            }
            catch (ArticleFileException exception)
            {
                documents = [];
                error = exception.Message;
            }

            if (error is not null)
            {
                yield return (file, null, null, error);
                continue;
            }

            foreach (var document in documents)
            {
                CleanedArticle? article = null;
                try
                {
                    article = raw ? Raw(document) : cleaner.Clean(document.Content, document.Format, document.Metadata());
                }
                catch (CleaningException exception)
                {
                    error = $"{document.Name}: {exception.Message}";
                }

                yield return (document.Name, document, article, error);
            }
        }
    }

    private static CleanedArticle Raw(SourceDocument document) =>
        new() { Title = document.Title ?? "", Author = document.Author, Published = document.Published, CanonicalUrl = document.Url, Text = document.Content };
}
