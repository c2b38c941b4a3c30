using Newspipe.Enrichment;
using Newspipe.Enrichment.Entities;
using Newspipe.Enrichment.Entities.Tagging;
using Newspipe.Enrichment.Lexicon;
using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Tests;

/// <summary>
/// The recogniser (embedded tagger model and word lists) on sentences written for this test, not taken from the
/// tagger's training data. Called directly: the enricher skips texts too short to be told apart from Dutch or German.
/// </summary>
public sealed class EntityTaggerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load();
    private static readonly EntityRecognizer Recognizer = new(Gazetteer, EnglishLexicon.Load());

    [Fact]
    public void The_embedded_model_loads_once_with_its_features()
    {
        var model = TaggerModel.Shared;

        Assert.Same(model, TaggerModel.Shared);
        Assert.InRange(model.FeatureCount, 10_000, 2_000_000);
    }

    [Fact]
    public void Drinks_companies_are_organisations_not_people()
    {
        var entities = Entities("Pernod Ricard said on Thursday that its sales in China rose by 8 percent, "
                                + "while its rival Diageo reported weaker demand for whisky in the United States.");

        Assert.Contains(("Pernod Ricard", EntityType.Organization), entities);
        Assert.Contains(("Diageo", EntityType.Organization), entities);
        Assert.Contains(("China", EntityType.Location), entities);
        Assert.Contains(("United States", EntityType.Location), entities);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Banks_and_studios_are_organisations()
    {
        var entities = Entities("The film studio Warner Bros hired Dresdner Kleinwort Wasserstein to advise on the sale, "
                                + "two bankers in Frankfurt said on Monday.");

        Assert.Contains(("Warner Bros", EntityType.Organization), entities);
        Assert.Contains(("Dresdner Kleinwort Wasserstein", EntityType.Organization), entities);
        Assert.Contains(("Frankfurt", EntityType.Location), entities);
    }

    [Fact]
    public void Football_clubs_are_organisations_and_their_players_people()
    {
        var entities = Entities("Bayern Munich beat Borussia Dortmund 3-1 on Saturday. Thomas Mueller scored twice for Bayern, "
                                + "while Celtic drew 1-1 with Rangers in Glasgow.");

        // "Celtic" alone is tagged a nationality (MISC) and dropped: a known miss.

        Assert.Contains(("Bayern Munich", EntityType.Organization), entities);
        Assert.Contains(("Borussia Dortmund", EntityType.Organization), entities);
        Assert.Contains(("Thomas Mueller", EntityType.Person), entities);
        Assert.Contains(("Rangers", EntityType.Organization), entities);
        Assert.Contains(("Glasgow", EntityType.Location), entities);
    }

    [Fact]
    public void A_headline_in_capitals_is_tagged_like_the_text_below_it()
    {
        var entities = Entities("SOCCER - AJAX SIGN DANISH STRIKER FROM FEYENOORD\n\nAMSTERDAM 2024-05-02\n\n"
                                + "Ajax have signed a Danish striker from Feyenoord, the Amsterdam club said on Thursday.");

        Assert.Contains(("AJAX", EntityType.Organization), entities);
        Assert.Contains(("FEYENOORD", EntityType.Organization), entities);
        Assert.Contains(("AMSTERDAM", EntityType.Location), entities);
        Assert.Contains(("Ajax", EntityType.Organization), entities);
        Assert.DoesNotContain(entities, e => e.Text.Contains("DANISH", StringComparison.Ordinal));
    }

    [Fact]
    public void Concurrent_callers_get_the_same_entities()
    {
        const string text = "Thomas Mueller scored twice for Bayern Munich in Berlin, the club said on Sunday.";
        var expected = Entities(text);

        var results = new List<(string Text, EntityType Type)>[8];
        Parallel.For(0, results.Length, k => results[k] = Entities(text));

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Contains(("Bayern Munich", EntityType.Organization), expected);
    }

    private static List<(string Text, EntityType Type)> Entities(string text) =>
        Recognizer.Recognize(Tokenizer.Tokenize(text, Gazetteer.IsKnownWord)).Select(e => (e.Surface, e.Type!.Value)).ToList();
}
