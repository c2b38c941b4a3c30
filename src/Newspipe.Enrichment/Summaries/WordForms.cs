namespace Newspipe.Enrichment.Summaries;

internal static class WordForms
{
    /// <summary>Folds a lower-case plural to its singular ("sanctions" to "sanction", "countries" to "country") so both count as one term.</summary>
    public static string Lemma(string lower)
    {
        if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.Length > 4 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i'))
        {
            return lower[..^1];
        }

        return lower;
    }
}
