using System.Text.RegularExpressions;
using Newspipe.Enrichment.Summaries;

namespace Newspipe.Enrichment.Tests;

public sealed partial class SummaryTests(EnricherFixture fixture) : IClassFixture<EnricherFixture>
{
    private const string Body =
        "The two leaders signed a mutual defence treaty in Pyongyang on Wednesday, pledging military help if either country is attacked.\n\n"
        + "Officials said the treaty also covers trade, energy and the exchange of technology between the two governments.\n\n"
        + "Western governments condemned the treaty and said it would deepen the isolation of both countries in the coming years.\n\n"
        + "Analysts said the agreement was the strongest sign yet of military cooperation between the two governments since the war.";

    [Theory]
    [InlineData("SEOUL: ")]
    [InlineData("LONDON (Reuters) - ")]
    [InlineData("WASHINGTON, Nov 3 (AP) — ")]
    [InlineData("BERLIN, 3. Mai (dpa) - ")]
    [InlineData("NEW YORK -- ")]
    public void The_lead_sentence_is_summarised_without_its_dateline(string dateline)
    {
        var summary = fixture.Enricher.Enrich("Leaders sign defence treaty", dateline + Body).Summary;

        Assert.StartsWith("The two leaders signed a mutual defence treaty", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(dateline.Trim(), summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SEOUL: The talks resumed.", "The talks resumed.")]
    [InlineData("PARIS, 3 mai (AFP) - Le gouvernement a annoncé un plan.", "Le gouvernement a annoncé un plan.")]
    [InlineData("Mai (dpa) - Die Regierung hat einen Plan vorgelegt.", "Die Regierung hat einen Plan vorgelegt.")]
    [InlineData("US President Joe Biden met the leaders on Monday.", "US President Joe Biden met the leaders on Monday.")]
    [InlineData("NATO allies agreed to spend more on defence.", "NATO allies agreed to spend more on defence.")]
    [InlineData("The vote (held on Friday) was close.", "The vote (held on Friday) was close.")]
    public void Only_a_place_and_agency_prefix_is_a_dateline(string sentence, string stripped)
    {
        Assert.Equal(stripped, Dateline.Strip(sentence));
    }

    [Fact]
    public void A_sub_headline_repeated_as_the_first_sentence_is_given_once()
    {
        var text =
            "Russia and North Korea sign a mutual defence treaty in Pyongyang.\n\n"
            + "Russia and North Korea sign a mutual defence treaty in Pyongyang, pledging military help if either country is attacked, officials said on Wednesday.\n\n"
            + Body[(Body.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];

        var sentences = Sentences(fixture.Enricher.Enrich("Russia and North Korea sign defence treaty", text).Summary);

        Assert.Single(sentences, s => s.StartsWith("Russia and North Korea sign", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exact_repeat_is_given_once()
    {
        var text = Body + "\n\n" + Body;

        var sentences = Sentences(fixture.Enricher.Enrich("Leaders sign defence treaty", text).Summary);

        Assert.InRange(sentences.Count, 2, 3);
        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void No_two_summary_sentences_share_most_of_their_words()
    {
        var text = "WASHINGTON (AP) — " + Body + "\n\n"
            + "Officials said that the treaty also covers trade, energy and the exchange of technology between both governments.";

        var sentences = Sentences(fixture.Enricher.Enrich("Leaders sign defence treaty", text).Summary);

        for (var i = 0; i < sentences.Count; i++)
        {
            for (var j = i + 1; j < sentences.Count; j++)
            {
                Assert.False(SentenceWords.Repeats(SentenceWords.Of(sentences[i]), SentenceWords.Of(sentences[j])), $"{sentences[i]} / {sentences[j]}");
            }
        }
    }

    [Fact]
    public void Sentences_that_only_share_a_topic_are_not_repeats()
    {
        var treaty = SentenceWords.Of("The two leaders signed a mutual defence treaty in Pyongyang on Wednesday.");
        var reaction = SentenceWords.Of("Western governments condemned the treaty and said it would deepen the isolation of both countries.");

        Assert.False(SentenceWords.Repeats(treaty, reaction));
    }

    private static List<string> Sentences(string summary) => SentenceBreak().Split(summary).ToList();

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[A-Z“""])")]
    private static partial Regex SentenceBreak();
}
