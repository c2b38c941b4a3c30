using System.Text;

namespace Newspipe.Faults.Tests;

/// <summary>
/// Realistic, distinct news articles (headline line, then 300-400 words of body paragraphs) built from word lists and
/// sentence templates with a fixed seed: the same N articles on every run, each with its own content and so its own id.
/// </summary>
internal static class ArticleGenerator
{
    private const int Seed = 20_261_129;

    private static readonly string[] Cities =
    [
        "Rotterdam", "Lyon", "Gdansk", "Porto", "Tampere", "Graz", "Bilbao", "Aarhus", "Leipzig", "Turin", "Ghent",
        "Malmo", "Brno", "Cork", "Seville", "Bergen", "Utrecht", "Krakow", "Lille", "Valencia", "Basel", "Bologna",
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Marek", "Sofia", "Lars", "Ines", "Tomas", "Claire", "Pieter", "Elena", "Jonas", "Marta", "Henrik",
        "Lucia", "Stefan", "Noor", "Kasper", "Irene", "Matteo", "Hanna", "Oliver", "Greta", "Diego", "Maja", "Rafael",
    ];

    private static readonly string[] LastNames =
    [
        "Kowalski", "Lindqvist", "Moreau", "de Vries", "Ferreira", "Novak", "Bianchi", "Schmidt", "Olsen", "Garcia",
        "Virtanen", "Horvat", "Murphy", "Jansen", "Rossi", "Dubois", "Berg", "Santos", "Weber", "Nielsen", "Costa",
    ];

    private static readonly string[] Organisations =
    [
        "the regional transport authority", "the city council", "a consortium of local utilities", "the port operator",
        "the national rail company", "a coalition of tenant groups", "the university hospital", "the chamber of commerce",
        "the water board", "a group of independent farmers", "the energy regulator", "the teachers' union",
    ];

    private static readonly string[] Topics =
    [
        "flood defences", "tram line extension", "district heating network", "hospital wing", "harbour dredging",
        "bicycle bridge", "offshore wind contract", "school renovation", "housing scheme", "recycling plant",
        "airport noise limits", "rail freight terminal", "solar farm", "public library", "water treatment upgrade",
    ];

    private static readonly string[] Verbs =
    [
        "approved", "delayed", "rejected", "expanded", "postponed", "funded", "questioned", "defended", "revised", "announced",
    ];

    private static readonly string[] Concerns =
    [
        "rising construction costs", "the timetable", "noise for nearby residents", "the loss of green space",
        "the tendering process", "long-term maintenance", "traffic during the works", "the environmental assessment",
        "the share paid by local taxpayers", "staff shortages", "the choice of contractor", "the impact on small shops",
    ];

    private static readonly string[] Sentences =
    [
        "On {day}, {org} {verb} the {topic} in {city} after a debate that lasted well into the evening.",
        "The plan, first drafted {years} years ago, is now expected to cost about {money} million euros.",
        "\"We have listened carefully to every objection,\" said {person}, who has led the project since {year}.",
        "Critics pointed to {concern} and asked for an independent review before any further money is spent.",
        "{person2}, a resident of the {ordinal} district, said the neighbourhood had waited long enough for a decision.",
        "According to figures published by {org2}, roughly {count} households would be affected during the works.",
        "Supporters argue that the {topic} will pay for itself within {years} years through lower running costs.",
        "Opposition members said {concern} had been underestimated from the start.",
        "The first phase is due to begin in {month}, with completion planned for {year2}.",
        "A spokesperson for {org2} declined to comment on {concern} but confirmed that talks were continuing.",
        "Local businesses along the route have asked for compensation while the streets are closed.",
        "{person} told reporters that a public meeting would be held in {city} before the end of {month}.",
        "Engineers from {org2} will survey {count} sites over the coming weeks.",
        "Last year a similar project in {city2} ran {percent} percent over budget, a comparison critics were quick to draw.",
        "The vote passed by {votes} to {votes2}, with several members abstaining.",
        "Environmental groups welcomed parts of the plan but warned about {concern}.",
        "\"This is not the end of the discussion,\" {person2} said, adding that residents would keep a close eye on the work.",
        "Officials said the {topic} would create around {jobs} jobs during construction.",
        "The decision follows a consultation in which {count} people submitted written responses.",
        "Neighbouring {city2} is watching closely, as it faces a similar choice about its own {topic2}.",
    ];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/> (not the inbox) and returns their paths.</summary>
    public static IReadOnlyList<string> WriteTo(string folder, int count)
    {
        var random = new Random(Seed);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"article-{i:D5}.txt");
            File.WriteAllText(path, Article(random, i));
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>One article: the headline on the first line, then paragraphs separated by blank lines.</summary>
    public static string Article(Random random, int index)
    {
        var slots = new Dictionary<string, string>
        {
            ["city"] = Pick(random, Cities),
            ["city2"] = Pick(random, Cities),
            ["org"] = Pick(random, Organisations),
            ["org2"] = Pick(random, Organisations),
            ["topic"] = Pick(random, Topics),
            ["topic2"] = Pick(random, Topics),
            ["verb"] = Pick(random, Verbs),
            ["person"] = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}",
            ["person2"] = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}",
            ["day"] = Pick(random, Days),
            ["month"] = Pick(random, Months),
            ["ordinal"] = Pick(random, Ordinals),
            ["year"] = (2010 + random.Next(14)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["year2"] = (2027 + random.Next(6)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var text = new StringBuilder();
        text.Append(Headline(slots)).Append(" (report ").Append(index + 1).Append(")\n\n");
        var words = 0;
        while (words < 320)
        {
            var paragraph = string.Join(' ', Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Sentence(random, slots)));
            words += paragraph.Split(' ').Length;
            text.Append(paragraph).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Headline(Dictionary<string, string> slots) =>
        $"{char.ToUpperInvariant(slots["org"][0])}{slots["org"][1..]} {slots["verb"]} {slots["topic"]} in {slots["city"]}";

    private static string Sentence(Random random, Dictionary<string, string> slots)
    {
        var sentence = Pick(random, Sentences);
        // Numbers and concerns vary per sentence, so no two articles share long runs of text.
        var fresh = new Dictionary<string, string>(slots)
        {
            ["concern"] = Pick(random, Concerns),
            ["years"] = (2 + random.Next(18)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["money"] = (5 + random.Next(900)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["count"] = (40 + random.Next(9000)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            ["percent"] = (5 + random.Next(60)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["votes"] = (20 + random.Next(15)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["votes2"] = (5 + random.Next(15)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["jobs"] = (30 + random.Next(700)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in fresh)
        {
            sentence = sentence.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
