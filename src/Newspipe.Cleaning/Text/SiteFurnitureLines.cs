using System.Text.RegularExpressions;

namespace Newspipe.Cleaning.Text;

/// <summary>
/// Lines of site furniture that are not about the article at all, in the main European languages: legal and footer
/// links ("Impressum", "Mentions légales"), cookie notices, print and back-to-top links, "last updated" stamps,
/// contact boxes, log-in links, and the furniture of forum threads (user statistics, pagination, post buttons).
/// </summary>
internal static partial class SiteFurnitureLines
{
    private const int CookieNoticeWords = 80;

    private static readonly char[] Separators = ['|', '·', '•', '–'];

    /// <summary>True for a line that is furniture of the site rather than of any one article.</summary>
    public static bool IsFurniture(string text, int words)
    {
        if (words <= CookieNoticeWords && text.Contains("cookie", StringComparison.OrdinalIgnoreCase) && CookieNotice().IsMatch(text))
        {
            return true;
        }

        if (words <= 40 && PaywallPrompt().IsMatch(text))
        {
            return true;
        }

        if (words > 20)
        {
            return false;
        }

        return PostNavigation().IsMatch(text) || PageTools().IsMatch(text)
            || (words <= 12 && (ShortFurniture().IsMatch(text) || ForumFurniture().IsMatch(text)));
    }

    /// <summary>
    /// A row of links or labels separated by bars or dots ("12.03.2024 | Print | Share", "Impressum · Datenschutz"),
    /// every one of them furniture.
    /// </summary>
    public static bool IsRowOfFurniture(string text, Func<string, bool> isFurniture)
    {
        if (text.IndexOfAny(Separators) < 0)
        {
            return false;
        }

        var parts = text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(isFurniture);
    }

    // Cookie and consent notices: "Wir verwenden Cookies ...", "Ce site utilise des cookies ...", "Utilizamos cookies ...".
    [GeneratedRegex(@"\b(wir|we|nous|noi|wij|nosotros)\b.{0,60}\b(verwenden|nutzen|setzen|use|utilisons|utilizziamo|usiamo|gebruiken|utilizamos|usamos)\b.{0,60}\bcookies?\b" +
        @"|\b(website|webseite|seite|site|sitio|sito|portal|portail|portale)\b.{0,30}\b(verwendet|nutzt|setzt|uses|utilise|utiliza|utilizza|usa|gebruikt|maakt gebruik van)\b.{0,60}\bcookies?\b" +
        @"|^(utilizamos|usamos|utilizziamo|utilisons|verwenden)\b.{0,60}\bcookies?\b" +
        @"|\bcookies?\b.{0,200}\b(akzeptier|zustimm|einwillig|accept|agree|consent|accepter|consent|acept|consient|accett|acconsent|akkoord|toestemming)" +
        @"|\b(akzeptier|zustimm|einwillig|accept|agree|consent|accepter|acept|accett|acconsent|akkoord|toestemming)\w*\b.{0,200}\bcookies?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"^(impressum|datenschutz(erklärung|hinweise| und cookies)?|agb|nutzungsbedingungen|barrierefreiheit|cookie-?(einstellungen|richtlinie)|mentions légales|politique de confidentialité|conditions générales( d'utilisation| de vente)?|cgu|cgv|plan du site|gestion des cookies|nous contacter|aviso legal|política de (privacidad|cookies)|condiciones de uso|mapa web|quiénes somos|note legali|informativa( sulla)? privacy|cookie policy|privacy policy|mappa del sito|chi siamo|colofon|privacyverklaring|cookiebeleid|cookieverklaring|algemene voorwaarden|toegankelijkheid|termos de uso|política de privacidade|aviso de privacidade|terms( of (use|service))?|privacy|accessibility|sitemap|about us|cookie settings|contact( us)?|kontakt|contacto|contatti|contato)$" +
        @"|^(proudly |stolz )?(powered by|präsentiert von|propulsé par|fièrement propulsé par|con tecnología de|creado con|realizzato con|aangedreven door|mogelijk gemaakt door|desenvolvido por)\b.{0,100}$" +
        @"|^[^.!?]{0,60}©\s*(\d{4}|\p{Lu}).{0,80}$" +
        @"|^(contents|table of contents|on this page|inhaltsverzeichnis|auf dieser seite|sommaire|sur cette page|índice|en esta página|indice|in questa pagina|inhoudsopgave|op deze pagina)$" +
        @"|^cookies? (on|auf|sur|en|su|op) \S.{0,40}$|^(cookie-?(hinweis|einstellungen|richtlinie|banner|instellingen)|datenschutzeinstellungen|privacy settings|paramètres des cookies|configuración de cookies|impostazioni (dei )?cookie)$" +
        @"|^(alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|alle rechten voorbehouden|todos os direitos reservados)\.?$" +
        @"|^((artikel|seite|beitrag|text) )?(drucken|ausdrucken)$|^imprimer( l'article| la page| cet article)?$|^imprimir( (el |la |este )?(artículo|página|noticia))?$|^stampa( l'articolo| la pagina| articolo| pagina)?$|^(print|printen|afdrukken)( (dit|het) artikel| deze pagina| this (page|article|story))?$|^(pagina|artikel) (printen|afdrukken)$" +
        @"|^(nach oben|zurück nach oben|seitenanfang|back to top|retour en haut( de (la )?page)?|haut de page|volver arriba|ir arriba|torna su|torna all'inizio|naar boven|terug naar boven|voltar ao topo)$" +
        @"|^(zuletzt (aktualisiert|geändert)|aktualisiert( am)?|stand|last (updated|modified|reviewed)|page last updated|mis à jour( le)?|dernière mise à jour|actualizado( el)?|última actualización|ultimo aggiornamento|aggiornato( il)?|laatst (gewijzigd|bijgewerkt)|bijgewerkt( op)?|atualizado( em)?|última atualização)\s*:?\s*[^.!?]{0,20}\d[^!?]{0,30}$" +
        @"|^(tel(efon|efono|éfono|efoon|ephone)?|téléphone|telefone|fon|fax|e-?mail|horaires|öffnungszeiten|sprechzeiten|opening (hours|times)|horario( de atención)?|orari( di apertura)?|openingstijden|horário)\.?\s*:.{1,80}$" +
        @"|^(contact( us| details| information| and \S+| et \S+| en \S+)?|kontakt( und \S+)?|contacto( y \S+( \S+)?)?|contatti( e \S+)?|ansprechpartner(in)?)$" +
        @"|^(anmelden|abmelden|einloggen|registrieren|mein konto|sign in|sign out|log ?in|log ?out|register|my account|se connecter|s'inscrire|mon compte|connexion|iniciar sesión|registrarse|mi cuenta|accedi|registrati|il mio account|inloggen|uitloggen|registreren|mijn account|entrar|cadastre-se|minha conta)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortFurniture();

    // Forum threads: "Beiträge: 1234", "Registriert seit: 03.2015", "Page 1 of 3", "Zitieren", "Antworten".
    [GeneratedRegex(@"^(posts|beiträge|messages|mensajes|messaggi|berichten|mensagens|joined|registriert( seit)?|mitglied seit|dabei seit|inscrit( le| depuis)?|membre depuis|registrado( desde)?|miembro desde|iscritto( il| dal)?|lid sinds|member since|reputation|reputación|reputazione|likes|danke)\s*:?\s*[\d.,/\s]*\p{L}{0,10}\.?\s*[\d.,/\s]*$" +
        @"|^(.{0,40}\s)?(page|seite|página|pagina)\s+\d+\s+(of|von|de|di|sur|van)\s+\d+\b.{0,60}$" +
        @"|^(reply|quote|report|like|multi-?quote|zitieren|antworten|melden|beitrag melden|danke sagen|répondre|citer|signaler|j'aime|responder|citar|reportar|me gusta|rispondi|cita|segnala|mi piace|reageren|citeren|vind ik leuk|responder|curtir)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForumFurniture();

    // "Jetzt weiterlesen mit Z+", "Already a subscriber? Log in.", "Cet article est réservé aux abonnés."
    [GeneratedRegex(@"\b(abonnent(en|innen)?|abos?|abonnements?|subscription|subscribers?|abonnés?|suscriptor(es)?|abbonat[oi]|abbonamento|abonnee|abonnees|assinantes?)\b.{0,120}\b(weiterlesen|lesen|anmelden|einloggen|continue|log ?in|sign in|connecter|connexion|inicia|iniciar|accedi|inloggen|log in|entrar|\d+\s?(€|euro|£|\$))" +
        @"|\b(weiterlesen|continue reading|read the full|lire la suite|seguir leyendo|continua a leggere|lees verder|continue lendo)\b.{0,60}\b(abo|plus|z\+|subscri|abonn|suscri|abbona|assin)" +
        @"|^(dieser|this|cet|este|questo|dit) (artikel|article|artículo|articolo|contenido|contenuto) (ist|is|est|es|è) (nur )?(für|for|réservé aux|exclusivo para|riservato agli|alleen voor) (abonnent|subscri|abonné|suscriptor|abbonat|abonnee)", RegexOptions.IgnoreCase)]
    private static partial Regex PaywallPrompt();

    // Tools around an article: listen, reading time, bookmark, gift, report an error, skip links, "you are here",
    // "was this page helpful?", WordPress's "Like Loading…", category labels, download links, accessibility links.
    [GeneratedRegex(@"^(artikel (anhören|vorlesen)|vorlesen|audio|listen to (this )?(article|story)|écouter (cet )?article|escuchar (este )?artículo|ascolta( l')?( articolo)?|luister naar dit artikel)\b.{0,30}$" +
        @"|^(lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura|leestijd)\s*:?\s*(ca\.?\s*)?\d+.{0,15}$|^\d+\s*(min\.?|minutes?|minuten|minutos|minuti)\s*(read|lesezeit|de lecture|de lectura|di lettura|leestijd)$" +
        @"|^(zur merkliste hinzufügen|merken|auf die merkliste|save( to my list| for later| article)?|bookmark|ajouter à mes favoris|guardar( en mi lista)?|salva( nella mia lista)?|bewaar( in mijn lijst)?|artikel verschenken|gift (this )?article|offrir cet article|regalar este artículo|regala questo articolo|cadeau dit artikel)$" +
        @"|^(fehler (melden|gefunden\??)|report an? (error|problem|typo).{0,30}|signaler une erreur|notificar un error|segnala(re)? un errore|fout gezien\?.{0,20}|fout melden)$" +
        @"|^(zum inhalt springen|direkt zum inhalt|zum hauptinhalt|skip to (main )?content|aller au contenu( principal)?|ir al contenido( principal)?|vai al contenuto( principale)?|naar de (hoofd)?inhoud)$" +
        @"|^(sie sind hier|you are here|vous êtes ici|usted está aquí|está usted en|ti trovi in|u bent hier)\s*:.{0,80}$" +
        @"|^(was this (page|article|information) (helpful|useful)|is this page (useful|helpful)|war diese (seite|information) hilfreich|cette page vous a-t-elle été utile|¿?te ha resultado útil( esta página)?|questa pagina ti è stata utile|was deze (pagina|informatie) nuttig)\s*\??(\s*(yes|no|ja|nein|oui|non|sí|sì|nee)\b)*\s*$" +
        @"|^(like|gefällt mir|j'aime|me gusta|mi piace|vind ik leuk)\s*(loading|wird geladen|chargement|cargando|caricamento|laden)\s*(\.{3}|…)?$" +
        @"|^(kategorien?|rubriken?|schlagwörter|schlagworte|stichwörter|themen|catégories?|rubriques?|mots-clés|étiquettes|categorías?|etiquetas|temas|categori[ae]|etichette|argomenti|categorieën|rubrieken|trefwoorden|onderwerpen)\s*:.{0,200}$" +
        @"|^.{1,100}\((pdf|docx?|xlsx?|pptx?|zip|odt)\s*[,|–-]?\s*\d+([.,]\d+)?\s*(kb|mb|kib|mib|kbyte|mbyte)\)$" +
        @"|^(leichte sprache|einfache sprache|gebärdensprache|easy read|facile à lire|lectura fácil|facile da leggere|eenvoudige taal|barrierefreiheit(serklärung)?|déclaration d'accessibilité)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageTools();

    [GeneratedRegex(@"^((previous|next|older|newer) (post|article|story|entry)|(vorherige[rs]?|nächste[rs]?|älterer|neuerer) (beitrag|artikel|eintrag)|article (précédent|suivant)|(billet|message) (précédent|suivant)|(entrada|noticia|artículo) (anterior|siguiente)|(articolo|post) (precedente|successivo)|(vorig|volgend) (bericht|artikel)|(post|artigo) (anterior|seguinte))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostNavigation();
}
