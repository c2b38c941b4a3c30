using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Entities;

/// <summary>"Arctic Monitoring and Assessment Programme (AMAP)": the acronym, wherever it appears, names what it was defined for.</summary>
internal static class AcronymDefinitions
{
    public static void Apply(TokenizedText text, List<Mention> mentions)
    {
        var tokens = text.Tokens;
        var definitions = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var k = mention.EndToken;
            if (k + 2 < tokens.Count && tokens[k].Text == "(" && tokens[k + 2].Text == ")" && tokens[k + 1].IsAllCaps && mention.TokenCount >= 2)
            {
                var acronym = tokens[k + 1].Text.Replace(".", string.Empty);

                // An unrecognised name is taken as an organisation when the acronym spells its initials.
                if (mention.Type is null && acronym == Initials(mention.Surface))
                {
                    mention.Type = EntityType.Organization;
                    mention.IsCertain = true;
                }

                // "Ann Grossman (U.S.)" in a results table is no definition: a person never is; an organisation need not spell its initials.
                if (mention.Type == EntityType.Organization || mention.Type is not null && mention.Type != EntityType.Person && acronym == Initials(mention.Surface))
                {
                    definitions.TryAdd(acronym, mention);
                }
            }
        }

        if (definitions.Count == 0)
        {
            return;
        }

        foreach (var mention in mentions)
        {
            if (definitions.TryGetValue(mention.Surface.Replace(".", string.Empty), out var longForm) && mention != longForm)
            {
                mention.Type = longForm.Type;
                mention.KnownCanonical = longForm.KnownCanonical ?? longForm.Surface;
                mention.IsCertain = true;
            }
        }
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
}
