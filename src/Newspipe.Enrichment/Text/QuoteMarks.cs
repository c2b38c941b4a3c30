namespace Newspipe.Enrichment.Text;

internal static class QuoteMarks
{
    public static bool IsOpening(char c) => c is '“' or '„' or '«';

    public static bool IsClosing(char c) => c is '”' or '»';

    public static bool IsAny(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';
}
