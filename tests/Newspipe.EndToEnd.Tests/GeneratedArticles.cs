namespace Newspipe.EndToEnd.Tests;

/// <summary>Distinct news-like texts (a headline line, then paragraphs), so each file is its own article.</summary>
internal static class GeneratedArticles
{
    private static readonly string[] Cities = ["Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Quebec", "Tbilisi", "Perth", "Accra", "Bergen", "Cusco", "Dakar"];
    private static readonly string[] Topics = ["a new tram line", "the harbour bridge repairs", "a teachers' pay deal", "the river flood defences", "a solar farm", "the city budget"];

    public static string Text(int n)
    {
        var city = Cities[n % Cities.Length];
        var topic = Topics[n / Cities.Length % Topics.Length];
        return $"""
            {city} council approves {topic} in vote number {n}

            The council of {city} voted on Tuesday to approve {topic}, ending months of debate over the plan, which officials said would cost about {n + 3} million euros over four years.

            "This is a good day for everyone who lives here," said the mayor, Maria Okafor, after the vote, adding that work would begin in the spring. Opposition members said the plan had been rushed and that the costs of item {n} were still unclear.

            Residents of {city} who spoke to reporters were divided. Some welcomed {topic}; others worried about the noise and about higher local taxes in the years ahead. The council will publish the full plan, numbered {n * 7 + 1}, next week.
            """;
    }
}
