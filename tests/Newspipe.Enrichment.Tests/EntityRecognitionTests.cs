using Newspipe.Enrichment;

namespace Newspipe.Enrichment.Tests;

/// <summary>Resolution rules on small texts: acronyms, aliases, lone names and sentence-initial capitals.</summary>
public sealed class EntityRecognitionTests(EnricherFixture fixture) : IClassFixture<EnricherFixture>
{
    [Fact]
    public void An_acronym_defined_in_the_article_resolves_to_its_long_form()
    {
        const string text = "A report by the Arctic Monitoring and Assessment Programme (AMAP) found that ice was thinning faster than expected. "
                            + "AMAP said the trend would continue for decades.";

        var entities = Entities(text);

        var acronyms = entities.Where(e => e.Text == "AMAP").ToList();
        Assert.Equal(2, acronyms.Count);
        Assert.All(acronyms, a => Assert.Equal(("Arctic Monitoring and Assessment Programme", EntityType.Organization), (a.Canonical, a.Type)));
    }

    [Fact]
    public void A_lone_surname_joins_the_one_full_name_that_contains_it()
    {
        const string text = "Defence analyst Maria Voronova and economist Pavel Voronov spoke at the conference in Vienna. "
                            + "Voronova said the sanctions had failed. Later, Voronov disagreed.";

        var entities = Entities(text);

        Assert.Equal("Maria Voronova", Assert.Single(entities, e => e.Text == "Voronova").Canonical);
        Assert.Equal("Pavel Voronov", Assert.Single(entities, e => e.Text == "Voronov").Canonical);
    }

    [Fact]
    public void Two_people_sharing_a_first_name_are_kept_apart()
    {
        const string text = "President Vladimir Putin met the press in Moscow. Vladimir Tikhonov, a professor in Oslo, said Putin wanted allies.";

        var entities = Entities(text);

        Assert.Equal("Vladimir Tikhonov", Assert.Single(entities, e => e.Text == "Vladimir Tikhonov").Canonical);
        Assert.All(entities.Where(e => e.Text.Contains("Putin", StringComparison.Ordinal)), e => Assert.Equal("Vladimir Putin", e.Canonical));
    }

    [Fact]
    public void Sentence_initial_words_are_not_names_but_titles_and_nationalities_are_stripped()
    {
        const string text = "Following the talks, Chinese Foreign Ministry spokesman Lin Jian said Beijing was ready to help. "
                            + "Russian President Vladimir Putin thanked him.";

        var entities = Entities(text).Select(e => (e.Text, e.Type)).ToList();

        Assert.Equal(
        [
            ("Chinese Foreign Ministry", EntityType.Organization),
            ("Lin Jian", EntityType.Person),
            ("Beijing", EntityType.Location),
            ("Vladimir Putin", EntityType.Person),
        ],
        entities);
    }

    [Fact]
    public void Known_aliases_take_their_canonical_names()
    {
        var entities = Entities("Officials in the DPRK told Tass that the UN Security Council and the U.S. were to blame.");

        Assert.Equal("North Korea", Assert.Single(entities, e => e.Text == "DPRK").Canonical);
        Assert.Equal("TASS", Assert.Single(entities, e => e.Text == "Tass").Canonical);
        Assert.Equal("United Nations Security Council", Assert.Single(entities, e => e.Text == "UN Security Council").Canonical);
        Assert.Equal("United States", Assert.Single(entities, e => e.Text == "U.S.").Canonical);
    }

    private IReadOnlyList<EntityMention> Entities(string text) => fixture.Enricher.Enrich(string.Empty, text).Entities;
}
