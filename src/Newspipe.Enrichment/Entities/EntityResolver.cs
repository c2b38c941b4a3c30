namespace Newspipe.Enrichment.Entities;

/// <summary>
/// Gives every mention the canonical name of the entity it refers to within one article. A lone surname or given name
/// joins the full name that contains it; when several do ("Kim" with Kim Jong Un and Kim Sung-bae) it joins the one
/// already introduced and most mentioned at that point, so different people are never merged.
/// </summary>
internal static class EntityResolver
{
    public static List<EntityMention> Resolve(IReadOnlyList<Mention> mentions)
    {
        var canonicalOf = new Dictionary<Mention, string>();
        var people = mentions.Where(m => m.Type == EntityType.Person).ToList();
        var fullNames = people.Where(m => WordsOf(m.Surface).Length >= 2).ToList();

        // Full names that are the same person written differently share one group ("Kim Jong-un", "Kim Jong Un").
        var groups = new Dictionary<string, PersonGroup>(StringComparer.Ordinal);
        foreach (var mention in fullNames)
        {
            var key = EntityIdentity.KeyOf(BaseName(mention), EntityType.Person);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new PersonGroup(key);
                groups.Add(key, group);
            }

            group.Members.Add(mention);
        }

        // "Michael DeRidder" inside "D. Michael DeRidder": the shorter full name joins the longer one if that is unique.
        foreach (var group in groups.Values.OrderBy(g => g.Words.Length).ToList())
        {
            var containers = groups.Values.Where(g => g != group && g.Target == g && g.Words.Length > group.Words.Length
                                                      && group.Words.All(g.Words.Contains)).ToList();
            if (containers.Count == 1)
            {
                group.Target = containers[0];
            }
        }

        foreach (var group in groups.Values)
        {
            var target = group.Resolved;
            foreach (var member in group.Members)
            {
                target.All.Add(member);
            }
        }

        foreach (var group in groups.Values.Where(g => g.Target == g))
        {
            group.Canonical = group.All.Select(m => m.KnownCanonical).FirstOrDefault(c => c is not null)
                              ?? group.All.GroupBy(Clean).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).First().Key;
            foreach (var member in group.All)
            {
                canonicalOf[member] = group.Canonical;
            }
        }

        var roots = groups.Values.Where(g => g.Target == g).ToList();
        foreach (var mention in people.Where(m => !canonicalOf.ContainsKey(m)))
        {
            canonicalOf[mention] = ResolvePartialName(mention, roots) ?? mention.KnownCanonical ?? Clean(mention);
        }

        var resolved = new List<EntityMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var canonical = canonicalOf.GetValueOrDefault(mention) ?? mention.KnownCanonical ?? Clean(mention);
            resolved.Add(new EntityMention(mention.Surface, mention.Type!.Value, mention.Start, mention.End, canonical));
        }

        return resolved;
    }

    private static string? ResolvePartialName(Mention mention, List<PersonGroup> roots)
    {
        var words = WordsOf(mention.Surface).Select(Fold).ToArray();
        var candidates = roots.Where(g => words.All(g.Words.Contains)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates.Count == 1)
        {
            return candidates[0].Canonical;
        }

        // Prefer the people already introduced, then the most mentioned so far, then the latest introduced.
        var introduced = candidates.Where(g => g.All.Any(m => m.Start < mention.Start)).ToList();
        var pool = introduced.Count > 0 ? introduced : candidates;
        return pool.OrderByDescending(g => g.All.Count(m => m.Start < mention.Start))
                   .ThenByDescending(g => g.All.Where(m => m.Start < mention.Start).Select(m => m.Start).DefaultIfEmpty(-1).Max())
                   .ThenBy(g => g.All.Min(m => m.Start))
                   .First().Canonical;
    }

    private static string BaseName(Mention mention) => mention.KnownCanonical ?? mention.Surface;

    private static string[] WordsOf(string name) =>
        name.Split([' ', '-', '‑'], StringSplitOptions.RemoveEmptyEntries);

    private static string Fold(string word) => EntityIdentity.NormalizeName(word);

    private static string Clean(Mention mention) => mention.Surface.Replace('’', '\'').Replace('\n', ' ');

    private sealed class PersonGroup
    {
        public PersonGroup(string key)
        {
            Key = key;
            Words = key[(key.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
            Target = this;
        }

        public string Key { get; }

        public string[] Words { get; }

        public PersonGroup Target { get; set; }

        public PersonGroup Resolved => Target == this ? this : Target.Resolved;

        public List<Mention> Members { get; } = [];

        public List<Mention> All { get; } = [];

        public string Canonical { get; set; } = string.Empty;
    }
}
