using Newspipe.Cleaning;

namespace Newspipe.Cli;

/// <summary>One line of <c>newspipe extract</c>: the file and what Clean found in it.</summary>
internal record ExtractedArticle(string File, string Title, string? Author, string? Published, string? Outlet, string? Url, string Text)
{
    public static ExtractedArticle From(string file, CleanedArticle article) =>
        new(file, article.Title, article.Author, article.Published, article.Outlet, article.CanonicalUrl, article.Text);
}
