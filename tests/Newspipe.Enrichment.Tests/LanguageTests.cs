using Newspipe.Enrichment;

namespace Newspipe.Enrichment.Tests;

public sealed class LanguageTests(EnricherFixture fixture) : IClassFixture<EnricherFixture>
{
    [Theory]
    [InlineData("fr", "Le président russe Vladimir Poutine a signé mercredi à Pyongyang un accord de défense mutuelle avec le dirigeant nord-coréen Kim Jong Un. « C'est un document vraiment révolutionnaire », a déclaré Poutine lors d'une conférence de presse.")]
    [InlineData("de", "Der russische Präsident Wladimir Putin hat am Mittwoch in Pjöngjang einen Vertrag über gegenseitigen Beistand mit Nordkorea unterzeichnet. Die beiden Länder wollen sich im Falle eines Angriffs gegenseitig helfen, teilte der Kreml mit.")]
    [InlineData("ru", "Президент России Владимир Путин в среду подписал в Пхеньяне договор о всеобъемлющем стратегическом партнерстве с КНДР. Документ предусматривает взаимную помощь в случае агрессии против одной из сторон.")]
    [InlineData("es", "El presidente ruso, Vladímir Putin, firmó el miércoles en Pionyang un acuerdo de defensa mutua con el líder norcoreano Kim Jong Un, según informó la agencia estatal de noticias.")]
    public void Other_languages_are_identified_and_enriched_without_english_rules(string expected, string text)
    {
        var result = fixture.Enricher.Enrich(string.Empty, text);

        Assert.Equal(expected, result.Language);
        Assert.True(result.LanguageConfidence > 0.8, $"confidence {result.LanguageConfidence}");
        Assert.Empty(result.Entities);
        Assert.Empty(result.Quotes);
        Assert.NotEqual(0UL, result.SimHash);
        Assert.NotEmpty(result.Summary);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("12 345 — 678")]
    public void Text_without_words_is_undetermined_and_does_not_fail(string text)
    {
        var result = fixture.Enricher.Enrich(string.Empty, text);

        Assert.Equal("und", result.Language);
        Assert.Equal(0, result.LanguageConfidence);
        Assert.Empty(result.Entities);
        Assert.Empty(result.Keywords);
        Assert.Empty(result.Signature.MinHash);
    }
}
