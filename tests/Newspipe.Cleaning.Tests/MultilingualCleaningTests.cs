using Newspipe.Contracts;

namespace Newspipe.Cleaning.Tests;

public sealed class MultilingualCleaningTests
{
    private static readonly ArticleCleaner Cleaner = new();

    [Fact]
    public void A_german_opinion_piece_named_kommentar_is_the_article_and_the_kommentare_below_are_not()
    {
        const string html = """
            <html><body>
            <div class="hauptmenue"><a href="/">Startseite</a> <a href="/politik">Politik</a></div>
            <div class="artikel kommentar">
              <span class="kicker">Kommentar</span><h1>Mut zur autofreien Innenstadt</h1>
              <p>Der Stadtrat hat sich endlich getraut, die Innenstadt für Autos zu sperren, und das ist eine gute Nachricht für alle, die hier leben.</p>
              <p>Natürlich wird der Umbau Geschäfte und Pendler belasten, doch andere Städte zeigen, dass belebte Straßen am Ende allen nutzen.</p>
              <p>Jetzt kommt es darauf an, die Busse rechtzeitig auszubauen, damit niemand ohne Auto in der Vorstadt zurückbleibt.</p>
            </div>
            <div class="kommentare"><h3>Kommentare (2)</h3>
              <div class="beitrag"><p>So ein Unsinn, die Händler werden als erste pleite gehen und dann stehen die Läden in der Fußgängerzone leer.</p></div>
            </div>
            <div class="fusszeile"><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></div>
            </body></html>
            """;

        var text = Cleaner.Clean(html, ArticleFormat.Html).Text;

        Assert.Contains("Der Stadtrat hat sich endlich getraut", text, StringComparison.Ordinal);
        Assert.Contains("Jetzt kommt es darauf an", text, StringComparison.Ordinal);
        Assert.DoesNotContain("So ein Unsinn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Impressum", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forum_thread_keeps_every_post_and_drops_user_panels_signatures_and_pagination()
    {
        static string Post(string user, string text) => $"""
            <div class="post bg1"><div class="inner">
              <dl class="postprofile"><dt><a class="username" href="#">{user}</a></dt><dd><strong>Beiträge:</strong> 1234</dd><dd><strong>Registriert:</strong> 03.2015</dd></dl>
              <div class="postbody"><h3><a href="#p1">Re: Heizung klopft nachts</a></h3>
                <ul class="post-buttons"><li><a href="#">Zitieren</a></li></ul>
                <div class="content">{text}</div>
                <div class="signature">Gruß, {user} – Meister im Installateurhandwerk seit 1998</div>
              </div></div></div>
            """;
        var html = $"""
            <html><body><div id="page-body"><h2 class="topic-title"><a href="#">Heizung klopft nachts</a></h2>
            <div class="pagination">4 Beiträge • Seite 1 von 3</div>
            {Post("heizungsfrosch", "Seit dem Wechsel auf die Winterzeit klopft unsere Gasheizung jede Nacht so laut, dass wir davon aufwachen. Woran kann das liegen?")}
            {Post("Installateur_Bernd", "Das klingt nach Luft im System oder nach einem zu hohen Pumpendruck, also zuerst alle Heizkörper entlüften.")}
            {Post("heizungsfrosch", "Danke, der Druck lag tatsächlich bei fast drei bar, nach dem Ablassen ist es schon viel leiser geworden.")}
            {Post("MiraK", "Bei uns war es ein defektes Rückschlagventil, das hat der Kundendienst in einer halben Stunde getauscht.")}
            <div class="pagination">Seite 1 von 3</div></div></body></html>
            """;

        var text = Cleaner.Clean(html, ArticleFormat.Html).Text;

        Assert.Contains("klopft unsere Gasheizung jede Nacht", text, StringComparison.Ordinal);
        Assert.Contains("zuerst alle Heizkörper entlüften", text, StringComparison.Ordinal);
        Assert.Contains("der Druck lag tatsächlich", text, StringComparison.Ordinal);
        Assert.Contains("defektes Rückschlagventil", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Meister im Installateurhandwerk", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Registriert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Seite 1 von 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zitieren", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_french_news_page_loses_its_cookie_notice_read_also_link_share_bar_and_legal_footer()
    {
        const string html = """
            <html><body>
            <div class="bandeau"><p>Ce site utilise des cookies pour améliorer votre navigation et mesurer l'audience. En cliquant sur « Tout accepter », vous consentez à leur utilisation.</p></div>
            <div class="texte-article">
              <h1>La mairie lance un plan vélo</h1>
              <div class="barre-partage">Partager cet article <a href="#">Facebook</a> <a href="#">X</a></div>
              <p>Le conseil municipal a adopté lundi soir un plan vélo de quarante millions d'euros qui prévoit cent kilomètres de pistes sécurisées.</p>
              <p><a href="/x">À lire aussi : Taxe foncière, pourquoi la facture augmente encore</a></p>
              <p>Les principaux axes reliant la gare aux quartiers nord seront réaménagés en priorité, avec des voies séparées de la circulation.</p>
              <p>L'opposition a dénoncé un projet coûteux et mal concerté, estimant que les commerçants n'avaient pas été consultés.</p>
            </div>
            <div class="pied-de-page"><p>Mentions légales · Politique de confidentialité · Gestion des cookies</p><p>© 2024 La Gazette du Val – Tous droits réservés</p></div>
            </body></html>
            """;

        var text = Cleaner.Clean(html, ArticleFormat.Html).Text;

        Assert.Contains("plan vélo de quarante millions", text, StringComparison.Ordinal);
        Assert.Contains("L'opposition a dénoncé", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Taxe foncière", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Partager", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mentions légales", text, StringComparison.Ordinal);
    }
}
