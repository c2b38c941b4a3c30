using Newspipe.Cleaning.Text;

namespace Newspipe.Cleaning.Tests;

public sealed class BoilerplateLinesTests
{
    [Theory]
    [InlineData("Impressum")]
    [InlineData("Datenschutzerklärung")]
    [InlineData("Impressum | Datenschutz | Kontakt | AGB")]
    [InlineData("Mentions légales")]
    [InlineData("Aviso legal · Política de privacidad · Política de cookies")]
    [InlineData("Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit Klick auf „Alle akzeptieren“ stimmen Sie zu.")]
    [InlineData("Ce site utilise des cookies pour améliorer votre navigation.")]
    [InlineData("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.")]
    [InlineData("Lesen Sie auch: Warum die Grundsteuer für viele Hausbesitzer teurer wird")]
    [InlineData("À lire aussi : Taxe foncière, pourquoi la facture augmente encore")]
    [InlineData("Mehr zum Thema")]
    [InlineData("Das könnte Sie auch interessieren")]
    [InlineData("Leggi anche")]
    [InlineData("Kommentare (14)")]
    [InlineData("12 commentaires")]
    [InlineData("Newsletter abonnieren: Die wichtigsten Nachrichten jeden Morgen kostenlos in Ihrem Postfach.")]
    [InlineData("Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.")]
    [InlineData("Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het nieuws.")]
    [InlineData("Artikel teilen")]
    [InlineData("Partager cet article")]
    [InlineData("Teilen mit:")]
    [InlineData("Gefällt mir Wird geladen …")]
    [InlineData("Artikel drucken")]
    [InlineData("Nach oben")]
    [InlineData("Zuletzt aktualisiert: 12.03.2024")]
    [InlineData("Mis à jour le 12/03/2024")]
    [InlineData("Telefon: 0221 123 456 78")]
    [InlineData("Öffnungszeiten: Mo–Fr 8 bis 16 Uhr")]
    [InlineData("Anmelden")]
    [InlineData("Foto: dpa / Christoph Schmidt")]
    [InlineData("Beiträge: 1.234")]
    [InlineData("Registriert seit: 03.2015")]
    [InlineData("Seite 1 von 3")]
    [InlineData("Zitieren")]
    [InlineData("Vorheriger Beitrag Warum die Mieten steigen")]
    [InlineData("Jetzt weiterlesen mit Z+ – die ersten vier Wochen für nur 1 Euro.")]
    [InlineData("Lesezeit: 3 Min.")]
    [InlineData("Sie sind hier: Startseite > Rathaus > Bürgerservice")]
    [InlineData("Antrag auf Parkausweis (PDF, 245 KB)")]
    [InlineData("Alle Rechte vorbehalten.")]
    [InlineData("Stolz präsentiert von WordPress")]
    [InlineData("Über den Autor")]
    [InlineData("À propos de l'auteur")]
    [InlineData("Newsletter")]
    [InlineData("Is this page useful? Yes No")]
    [InlineData("Cookies on GOV.UK")]
    [InlineData("Inhaltsverzeichnis")]
    public void Recognises_site_furniture_in_the_main_european_languages(string line)
    {
        Assert.True(BoilerplateLines.IsBoilerplate(line), line);
    }

    [Theory]
    [InlineData("Der Stadtrat hat am Dienstag beschlossen, die Innenstadt ab 2026 für Autos zu sperren.")]
    [InlineData("Google said it would stop using third-party cookies in its Chrome browser next year.")]
    [InlineData("Die Bäckerei verkauft seit Jahren die besten Cookies der Stadt.")]
    [InlineData("Contact tracing apps were rolled out across Europe in 2020.")]
    [InlineData("Print newspapers lost another ten per cent of their readers last year.")]
    [InlineData("Le maire a présenté lundi le nouveau plan de circulation du centre-ville.")]
    [InlineData("Was sich für Pendler ändert")]
    [InlineData("Newsletter sind für viele Verlage die wichtigste Einnahmequelle geworden.")]
    [InlineData("Kommentar: Mut zur Lücke im Stadtverkehr ist überfällig, weil niemand mehr im Stau stehen will.")]
    [InlineData("Die Seite 3 von gestern hat viele Leser verärgert, weil sie den Bürgermeister falsch zitiert hat.")]
    public void Leaves_article_sentences_and_headings_alone(string line)
    {
        Assert.False(BoilerplateLines.IsBoilerplate(line), line);
    }
}
