using Newspipe.Enrichment;

namespace Newspipe.Enrichment.Tests;

public sealed class QuoteTests(EnricherFixture fixture) : IClassFixture<EnricherFixture>
{
    [Theory]
    [InlineData("\"We will not give up,\" Putin said on Friday.", "We will not give up,")]
    [InlineData("“We will not give up,” said Putin, speaking in Moscow.", "We will not give up,")]
    [InlineData("Putin said: \"We will not give up.\"", "We will not give up.")]
    [InlineData("The Kremlin will \"never give up the fight,\" according to Putin.", "never give up the fight,")]
    public void Common_attribution_patterns_name_the_speaker(string text, string quoted)
    {
        var quote = Assert.Single(fixture.Enricher.Enrich(string.Empty, "Russian President Vladimir Putin spoke on Friday.\n\n" + text).Quotes);

        Assert.Equal("Vladimir Putin", quote.Speaker);
        Assert.Equal(quoted, quote.Text);
    }

    [Fact]
    public void He_refers_to_the_latest_person_quoted()
    {
        const string text = "“The plan is sound,” said Angela Rossi, the city's mayor.\n\n"
                            + "Her rival Tom Baker disagreed with the plan.\n\n"
                            + "“We will finish it by June,” she said.";

        var quotes = fixture.Enricher.Enrich(string.Empty, text).Quotes;

        Assert.Equal(["Angela Rossi", "Angela Rossi"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quotation_running_over_paragraphs_keeps_its_speaker()
    {
        const string text = "“The first part of what I want to say is about the budget,” said Maria Lopez, the finance minister. “It is balanced.\n\n"
                            + "“The second part is about taxes, which will not rise this year.”\n\n"
                            + "The opposition said it would vote against the plan.";

        var quotes = fixture.Enricher.Enrich(string.Empty, text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Maria Lopez", q.Speaker));
        Assert.Contains("taxes, which will not rise", quotes[1].Text, StringComparison.Ordinal);
        Assert.Contains("It is balanced.", quotes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scare_quotes_without_a_speech_verb_are_not_quotes()
    {
        var quotes = fixture.Enricher.Enrich(string.Empty, "State media called Putin a “comrade” and praised the “historic” visit.").Quotes;

        Assert.Empty(quotes);
    }
}
