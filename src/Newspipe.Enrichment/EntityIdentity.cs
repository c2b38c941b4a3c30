using System.Globalization;
using System.Text;

namespace Newspipe.Enrichment;

/// <summary>Identity of an entity across articles.</summary>
public static class EntityIdentity
{
    /// <summary>
    /// A key equal for spellings of one name that differ only in case, hyphens, dots, apostrophes, accents or spacing
    /// ("Kim Jong-Un", "Kim Jong-un", "Kim Jong Un"), and different for different names and types.
    /// </summary>
    public static string KeyOf(string canonicalName, EntityType type) =>
        type switch
        {
            EntityType.Person => "person:",
            EntityType.Organization => "organization:",
            _ => "location:",
        } + NormalizeName(canonicalName);

    /// <summary>Lower case, accents removed, every run of non-letters and non-digits turned into one space.</summary>
    internal static string NormalizeName(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '’')
            {
                // "U.S." is "us", "People's" is "peoples".
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
