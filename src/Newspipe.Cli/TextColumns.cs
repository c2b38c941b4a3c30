namespace Newspipe.Cli;

/// <summary>Text cut to fit a table column.</summary>
internal static class TextColumns
{
    public static string Cut(string? text, int width) =>
        text is null ? "" : text.Length <= width ? text : text[..(width - 1)] + "…";
}
