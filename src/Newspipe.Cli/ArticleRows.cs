using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Cli;

/// <summary>Articles as indented table rows, under an entity or a story.</summary>
internal static class ArticleRows
{
    public static void Print(IReadOnlyList<ArticleListItem> articles)
    {
        foreach (var a in articles)
        {
            var copy = a.DuplicateOf is { } original ? $"  (near-duplicate of {original.ToString()[..8]})" : "";
            Console.WriteLine(
                $"    {a.Id.ToString()[..8]}  {TextColumns.Cut(a.Published, 10),-10}  {PrintableText.Escape(TextColumns.Cut(a.Outlet, 22)),-22}  {PrintableText.Escape(a.Title)}{copy}");
        }
    }
}
