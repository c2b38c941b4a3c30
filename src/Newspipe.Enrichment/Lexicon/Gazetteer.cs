namespace Newspipe.Enrichment.Lexicon;

/// <summary>
/// The names the recogniser knows: countries (with their adjectives), places, organisations, well-known people,
/// given names, East Asian surnames, person titles and the head words of organisation and place names.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly string[] MonthsAndDays =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Jun", "Jul",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "OK", "AM", "PM", "GMT", "UTC", "CEST", "EST", "EDT", "PST",
        "Christmas", "Easter", "Ramadan", "Eid", "Thanksgiving", "Halloween", "Hanukkah", "Diwali",
        "Photo", "Image", "Video", "Getty", "Images", "File", "Reuters/", "AP/", "Copyright", "Advertisement", "Read", "Subscribe",
    ];

    private readonly Dictionary<string, GazetteerEntry> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GazetteerEntry> acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> demonyms = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> givenNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> surnames = new(StringComparer.Ordinal);
    private readonly HashSet<string> titles = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> organizationWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> locationWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> neverNames = new(MonthsAndDays, StringComparer.Ordinal);

    private Gazetteer()
    {
    }

    /// <summary>Longest name (in words) in any list, bounding the look-ahead of a match.</summary>
    public int LongestName { get; private set; }

    public int LongestTitle { get; private set; }

    public static Gazetteer Load()
    {
        var gazetteer = new Gazetteer();
        foreach (var line in ResourceText.Lines("countries.txt"))
        {
            var halves = line.Split(';');
            var canonical = gazetteer.AddNames(halves[0], EntityType.Location);
            if (halves.Length > 1)
            {
                foreach (var demonym in halves[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    gazetteer.demonyms[demonym] = canonical;
                    gazetteer.LongestName = Math.Max(gazetteer.LongestName, demonym.Split(' ').Length);
                }
            }
        }

        foreach (var line in ResourceText.Lines("places.txt"))
        {
            gazetteer.AddNames(line, EntityType.Location);
        }

        foreach (var line in ResourceText.Lines("organizations.txt"))
        {
            gazetteer.AddNames(line, EntityType.Organization);
        }

        foreach (var line in ResourceText.Lines("people.txt"))
        {
            gazetteer.AddNames(line, EntityType.Person);
        }

        gazetteer.givenNames.UnionWith(ResourceText.Words("given-names.txt"));
        gazetteer.surnames.UnionWith(ResourceText.Words("surnames.txt"));
        gazetteer.organizationWords.UnionWith(ResourceText.Words("organization-words.txt"));
        gazetteer.locationWords.UnionWith(ResourceText.Words("location-words.txt"));
        foreach (var title in ResourceText.Lines("titles.txt").SelectMany(l => l.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            gazetteer.titles.Add(title);
            gazetteer.LongestTitle = Math.Max(gazetteer.LongestTitle, title.Split(' ').Length);
        }

        return gazetteer;
    }

    public GazetteerEntry? Find(string name)
    {
        name = Normalize(name);
        if (acronyms.TryGetValue(name, out var acronym))
        {
            return acronym;
        }

        // "SEOUL" is Seoul, but "IT" is not "It".
        return names.TryGetValue(name, out var entry) && (name.Length >= 3 || !IsShortAcronym(name)) ? entry : null;
    }

    /// <summary>The country a nationality adjective points to ("North Korean" gives North Korea).</summary>
    public string? CountryOfDemonym(string word) => demonyms.GetValueOrDefault(Normalize(word));

    public bool IsGivenName(string word) => givenNames.Contains(word) || givenNames.Contains(word.Split('-')[0]);

    public bool IsSurnameFirst(string word) => surnames.Contains(word);

    public bool IsTitle(string phrase) => titles.Contains(phrase);

    public bool IsOrganizationWord(string word) => organizationWords.Contains(word);

    public bool IsLocationWord(string word) => locationWords.Contains(word);

    /// <summary>Months, weekdays, "I" and the like: capitalised but never part of a name.</summary>
    public bool IsNeverName(string word) => neverNames.Contains(word);

    /// <summary>A single word that names a place, nation or group by itself ("DPRK", "Russian", "Putin").</summary>
    public bool IsKnownWord(string word) => Find(word) is not null || demonyms.ContainsKey(word);

    public static string Normalize(string name) => name.Replace('’', '\'').Replace('‑', '-');

    private static bool IsShortAcronym(string name) => name.Length <= 5 && name.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c));

    private string AddNames(string line, EntityType type)
    {
        var variants = line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entry = new GazetteerEntry(variants[0], type);
        foreach (var variant in variants)
        {
            var name = Normalize(variant);

            // Short all-capital aliases ("WHO", "AP", "US") match only as written, never "Who" or "us".
            if (IsShortAcronym(name))
            {
                acronyms.TryAdd(name, entry);
            }
            else
            {
                names.TryAdd(name, entry);
            }

            LongestName = Math.Max(LongestName, name.Split(' ').Length);
        }

        return entry.Canonical;
    }
}
