using Newspipe.Storage;

namespace Newspipe.Storage.Tests;

public sealed class SpellingVariantsTests
{
    [Theory]
    [InlineData("defense", "defence")]
    [InlineData("Defence", "defense")]
    [InlineData("licences", "licenses")]
    [InlineData("offense", "offence")]
    [InlineData("colour", "color")]
    [InlineData("labor", "labour")]
    [InlineData("favourite", "favorite")]
    [InlineData("honoured", "honored")]
    [InlineData("neighbourhood", "neighborhood")]
    [InlineData("organise", "organize")]
    [InlineData("organizations", "organisations")]
    [InlineData("analysing", "analyzing")]
    [InlineData("centre", "center")]
    [InlineData("theaters", "theatres")]
    [InlineData("centred", "centered")]
    [InlineData("catalogue", "catalog")]
    [InlineData("dialogs", "dialogues")]
    public void A_word_has_its_other_spelling_after_itself(string word, string other) =>
        Assert.Equal([word, other], SpellingVariants.Of(word));

    [Theory]
    [InlineData("tour")]
    [InlineData("hour")]
    [InlineData("parameter")]
    [InlineData("later")]
    [InlineData("blog")]
    [InlineData("treaty")]
    [InlineData("u.s.")]
    [InlineData("2024")]
    public void A_word_no_rule_is_safe_for_keeps_its_one_spelling(string word) =>
        Assert.Equal([word], SpellingVariants.Of(word));

    [Fact]
    public void Fts5_queries_hold_every_spelling_and_phrases_become_an_or_of_phrases()
    {
        Assert.Equal("\"mutual\" AND (\"defense\" OR \"defence\")", Fts5Query.From("mutual defense"));
        Assert.Equal("(\"mutual defence\" OR \"mutual defense\")", Fts5Query.From("\"mutual defence\""));
        Assert.Equal("\"treaty\" OR \"pact\" NOT (\"colour\" OR \"color\")", Fts5Query.From("treaty OR pact -colour"));
        Assert.Equal("\"a\" AND \"b NEAR(\"", Fts5Query.From("a\"b NEAR(\" *"));
        var many = Fts5Query.From("\"defence centre colour catalogue\"")!;
        Assert.Equal(Fts5Query.MaxPhrases, many.Split(" OR ").Length);
        Assert.StartsWith("(\"defence centre colour catalogue\" OR ", many, StringComparison.Ordinal);
        Assert.Null(Fts5Query.From(" -defence \"\" OR ** "));
    }

    [Fact]
    public void Tsqueries_quote_every_word_and_put_spellings_inside_phrases()
    {
        Assert.Equal("(('mutual')) & (('defense' | 'defence'))", TsQuery.From("mutual defense"));
        Assert.Equal("(('mutual') <-> ('defence' | 'defense'))", TsQuery.From("\"mutual defence\""));
        Assert.Equal("(('treaty')) | (('pact')) & !(('colour' | 'color'))", TsQuery.From("treaty OR pact -colour"));
        Assert.Equal(@"(('it''s')) & (('a\\b:*'))", TsQuery.From(@"it's a\b:*"));
        Assert.Null(TsQuery.From(" -defence \"\" OR ** "));
    }
}
