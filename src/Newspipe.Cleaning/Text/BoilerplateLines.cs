using System.Text.RegularExpressions;
using Newspipe.Cleaning.Metadata;

namespace Newspipe.Cleaning.Text;

/// <summary>
/// Recognises single lines of page furniture by their wording: share and subscribe prompts, comment and related-post
/// headers, view counters, photo credits and captions, date banners. Shared by the HTML and the plain-text paths.
/// </summary>
internal static partial class BoilerplateLines
{
    private const int ShortLineWords = 30;

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "this", "article", "story", "post", "on", "via", "tweet", "email", "e-mail", "print", "facebook",
        "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "copy", "link", "url", "messenger",
        "flipboard", "comment", "comments", "save", "the", "pocket", "sms", "bluesky", "threads", "mastodon", "more",
        "compartilhe", "compartilhar", "compartir", "comparte", "teilen", "partager", "partagez", "condividi", "delen",
        "diesen", "beitrag", "artikel", "auf", "per", "kopieren", "cet", "sur", "les", "réseaux", "copier", "le", "lien",
        "este", "artículo", "en", "redes", "copiar", "enlace", "correo", "questo", "articolo", "sui", "social", "copia",
        "dit", "deel", "via", "kopiëren", "mail", "artigo", "nas", "sie", "mit", "like", "gefällt", "mir", "aime", "esto",
        "gusta", "piace", "vind", "leuk", "seite", "page", "página", "pagina", "versenden", "senden", "envoyer", "enviar", "invia",
    };

    /// <summary>True for a line that is page furniture wherever it appears.</summary>
    public static bool IsBoilerplate(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        if (!text.Any(char.IsLetterOrDigit))
        {
            // Separators and decoration: "______", "* * *".
            return true;
        }

        if (IsCaption(text) || LongFurniture().IsMatch(text))
        {
            return true;
        }

        var words = WordCount(text);
        if (SiteFurnitureLines.IsFurniture(text, words))
        {
            return true;
        }

        if (words > ShortLineWords)
        {
            return false;
        }

        return Furniture().IsMatch(text)
            || StartsSectionOfComments(text)
            || StartsSectionOfLinks(text)
            || StartsFurnitureBox(text)
            || IsShareBar(text)
            || SubscriptionPrompt().IsMatch(text)
            || IsPhotoCredit(text)
            || FollowPrompt().IsMatch(text)
            || PublishedDateParser.IsDateOnly(text)
            || SiteFurnitureLines.IsRowOfFurniture(text, IsBoilerplate);
    }

    /// <summary>A heading that opens an author box or a newsletter box ("Über den Autor", "About the author", "Newsletter").</summary>
    public static bool StartsFurnitureBox(string line) => FurnitureBoxHeader().IsMatch(line.Trim());

    /// <summary>"--" or a row of underscores: what follows in the post is the writer's signature.</summary>
    public static bool IsSignatureSeparator(string line) => SignatureSeparator().IsMatch(line);

    /// <summary>A heading that opens the reader comments ("Leave a Reply", "12 Comments", "Replies").</summary>
    public static bool StartsSectionOfComments(string line) => CommentsHeader().IsMatch(line.Trim());

    /// <summary>A heading that opens a list of other stories ("Related Posts", "Read more", "You may also like").</summary>
    public static bool StartsSectionOfLinks(string line) => LinksHeader().IsMatch(line.Trim());

    public static bool IsSubscriptionPrompt(string line) => WordCount(line) <= ShortLineWords && SubscriptionPrompt().IsMatch(line);

    public static bool IsPhotoCredit(string line) => WordCount(line) <= 15 && PhotoCredit().IsMatch(line);

    /// <summary>A caption: a line ending in a parenthesised credit, or introduced as a photo description.</summary>
    public static bool IsCaption(string line) => CaptionCredit().IsMatch(line.Trim()) || CaptionLabel().IsMatch(line.Trim());

    private static bool IsShareBar(string text)
    {
        var tokens = Regex.Split(text, @"[^\p{L}\p{N}-]+").Where(t => t.Length > 0).ToList();
        return tokens.Count > 0 && tokens.Count <= 12 && tokens.All(ShareWords.Contains) && tokens.Any(t => !t.Equals("the", StringComparison.OrdinalIgnoreCase) && !t.Equals("on", StringComparison.OrdinalIgnoreCase) && !t.Equals("this", StringComparison.OrdinalIgnoreCase));
    }

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = !char.IsWhiteSpace(c);
            if (isWord && !inWord)
            {
                count++;
            }

            inWord = isWord;
        }

        return count;
    }

    [GeneratedRegex(@"^(advertisements?|adverts?|sponsored( content)?|ad|publicidade|publicidad|publicité|pubblicità|anzeige|werbung|advertentie|(image|photo|picture|slide|video) \d+ (of|/) \d+|.{0,60}\b(requires|enable) javascript\b.{0,60}|(tags?|tagged( with)?|topics|keywords|filed under|categories)(\s*[:/|\n][\s\S]{0,300})?|.{0,120}\bclick here\b.{0,120}|paid (content|post)|story continues below( advertisement)?|continue reading( (below|the main story))?|scroll (down )?to continue.*|skip (to )?(main )?(content|ad(vertisement)?)|(total )?views?:?\s*[\d,.]+\s*k?|[\d,.]+\s*k? (views|reads|shares)|(updated|posted|published)( at| on)?:?\s*\d{1,2}[:.]\d{2}\s*(a\.?m\.?|p\.?m\.?)?\s*[a-z]{0,4}\.?|.{0,60}\bshare (it|this)( story| article| post)? with\b.{0,60}|(©|\(c\)|copyright)\s.{0,80}|all rights reserved\.?|(prepared|compiled|edited) by:?\s.{0,60}|(published|modified|updated|posted|last updated)( date| on)?:.{0,60}|.{0,60}\b(we|this (site|website)) uses? cookies\b.*|(image|photo|video) source,?.{0,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    // Furniture that runs long: contact lines, follow prompts, "Label: URL" lines.
    [GeneratedRegex(@"^(.{0,200}\b(can|may) be reached at\b.*|\(?(additional )?reporting by\b.*|(editing|edited|writing|compiled) by\b.{0,200}|.{0,250}\bcontributed (reporting|to (this|the) (report|story|article))\b.{0,100}|(write to|e-?mail|reach|contact) .{0,80}\b(at|on|via)\b.{0,120}(@|twitter|\.com).*|follow .{0,80}\bcoverage\b.*|if you (enjoyed|liked|value|appreciate) (this|our) (article|story|journalism|reporting)\b.*|have a (news )?tip\?.*|follow (us|me|@\w+|\p{Lu}\S*( \p{Lu}\S*){0,3}) on (twitter|facebook|instagram|x)\b.*|[\p{L}\s]{1,25}:\s*(https?://|www\.)\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LongFurniture();

    [GeneratedRegex(@"^(\d+\.?\s*)?(leave a (reply|comment)|post a comment|add (a|your) comment|comments?( \(\d+\))?|\d+ (comments?|responses?|replies)|view (all )?comments|show comments|replies|join the (conversation|discussion)|your email address will not be published\.?.*|required fields are marked.*|reader comments|discussion|tell us what you think\W*|what do you think\?|have your say|comentários|comentarios|kommentare|commentaires|commenti|reacties|deixe (um|seu) comentário|deja (un|tu) comentario|laisser un commentaire|schreibe einen kommentar|lascia un commento|\d+ (leser)?kommentare?|(leser)?kommentare( \(\d+\))?|kommentar \(\d+\)|kommentar schreiben|diskutieren sie mit|ihre meinung( ist gefragt)?|\d+ (commentaires?|comentarios?|commenti|commento|reacties?|comentários?)|(commentaires|comentarios|commenti|reacties|comentários)( \(\d+\))?|réagissez( à cet article)?|réagir|ajouter un commentaire|deja una respuesta|escribe un comentario|scrivi un commento|laat een reactie achter|praat mee|plaats een reactie|deixe uma resposta|kommentar verfassen|(jetzt )?kommentieren|hinterlasse einen kommentar|antwort hinterlassen|einen kommentar hinterlassen|leserbriefe|laisser une réponse|rédiger un commentaire|publicar un comentario|lascia una risposta|geef een reactie)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsHeader();

    [GeneratedRegex(@"^(related( posts?| articles?| stories| news| coverage| content| reading| topics)?|(read|see) (more|also|next)|also read|more (on|about) this( story| topic)?|you (may|might) (also )?(like|be interested in)|more from .{1,40}|recommended( for you| stories| articles| reading)?|most (read|popular|viewed|shared)|trending( now| stories)?|more stories|top stories|latest (news|stories|posts)|editor'?s picks|popular (posts|stories)|don'?t miss|must read|in case you missed it|more (great |top |latest )?(\S+ )?(news|videos|stories|articles|posts|coverage)|leia (também|mais)|veja (também|mais)|saiba mais|lesen sie (auch|mehr)|mehr zum thema|das könnte sie auch interessieren|(à )?lire aussi|à lire également|voir aussi|lee (también|más)|leer más|te puede interesar|noticias relacionadas|artículos relacionados|leggi anche|potrebbe interessarti|articoli correlati|lees ook|meer over|ähnliche (beiträge|artikel)|weitere (artikel|beiträge|nachrichten|meldungen)|meistgelesen(e artikel)?|beliebte (beiträge|artikel)|neueste beiträge|auch interessant|siehe auch|sur le même sujet|dans la même rubrique|vous aimerez aussi|les plus lus|articles (populaires|similaires|récents)|(también )?te puede interesar|más sobre este tema|lo más leído|entradas (populares|recientes|relacionadas)|potrebbe interessarti( anche)?|i più letti|articoli (popolari|recenti)|meer over dit onderwerp|gerelateerde (artikelen|berichten)|meest gelezen|populaire berichten|recente berichten|artigos relacionados|mais lidas|ähnliche themen|similar threads|sujets similaires|temas similares|discussioni simili|vergelijkbare onderwerpen|empfehlungen|empfohlene artikel|zum thema|top-?themen|aktuelle (nachrichten|meldungen|artikel)|neueste (artikel|nachrichten|meldungen)|weitere (themen|news|videos)|verwandte (beiträge|artikel|themen)|links zum thema|à la une|dernières (actualités|infos)|les plus partagés|lo último|últimas noticias|ultime notizie|ultim'ora|laatste nieuws|meer nieuws)\s*[:.!…]*$|^(related|read more|read also|also read|see also|more|recommended|watch|listen|lesen sie (auch|mehr)|mehr zum thema|siehe auch|auch interessant|(à )?lire aussi|voir aussi|lee (también|más)|leer (también|más)|te puede interesar|leggi anche|potrebbe interessarti|lees ook|lees meer|leia também|veja também)\s*[:|»>-]\s*\S.{0,200}$", RegexOptions.IgnoreCase)]
    private static partial Regex LinksHeader();

    [GeneratedRegex(@"\b(subscribe|sign ?up|register)\b.{0,80}\b(newsletters?|today|now|free|e-?mail|inbox|updates|digital|access|our)\b|\bnewsletters?\b.{0,60}\b(sign|subscribe|get|delivered|inbox|free|daily|weekly)\b|^subscribe\b|\bsubscribe (now|today|here)\b|^(already a subscriber|subscriber exclusive)" +
        @"|\b(newsletter|nieuwsbrief|boletín|lettre d'information|lettre d'info|infolettre)\b.{0,100}\b(abonnieren|bestellen|anmelden|kostenlos|gratis|gratuit(e)?|inscri|abonne|suscr|apunta|iscriv|ricev|aanmelden|meld je|schrijf je|ontvang)" +
        @"|\b(abonnieren|bestellen|abonnez|inscrivez|suscríbete|suscribete|apúntate|iscriviti|ricevi|meld je|schrijf je in|inscreva-se|assine)\b.{0,100}\b(newsletter|nieuwsbrief|boletín|lettre|infolettre)", RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionPrompt();

    [GeneratedRegex(@"\b(AP|AFP|Reuters|Getty|EPA|Xinhua|Sputnik|Pool|Bloomberg|Shutterstock|iStock|Alamy|PA|Anadolu|File)\s+(Photo|Images?|pic|Pictures?)\b|\bphoto (via|by|credit|courtesy)\b|\bvia (AP|AFP|Reuters|Getty( Images)?)\b|/\s?(AP|AFP|Reuters|Getty Images|EPA|Xinhua)\b|^\(?(AP|AFP|Reuters|Getty Images|EPA|Shutterstock|File photo)\)?\.?$|\bGetty Images\b|\b(photo|image|picture) credit\b|\b(photos?|images?|pictures?)\s*(©|\(c\))|^(photo|image|picture|credit|source)s?\s*:|^(foto|fotos|bild|bilder|beeld|imagen|imagem|crédit photo|crédits?( photo)?|fotografía|quelle)\s*:|^foto di\s", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"\((?:[^()]{0,80}\b(Photo|photo|pic|Pic|Images?|Getty|Reuters|AFP|AP|EPA|file|[Cc]redit)\b[^()]{0,80})\)\.?$")]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"^(photo|image|picture|pictured|file photo|caption)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^(about the author|über (den autor|die autorin|die autoren|uns)|zur person|à propos de l'auteur|l'auteur|sobre (el|la) autor[a]?|sobre o autor|l'autore|chi sono|over de auteur|about me|über mich|(unser |our |la |el |la nostra |onze |notre )?(newsletters?|nieuwsbrief|boletín|infolettre|lettre d'information))\s*[:.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureBoxHeader();

    [GeneratedRegex(@"^\s*(--|-{4,}|_{4,})\s*$")]
    private static partial Regex SignatureSeparator();

    [GeneratedRegex(@"^follow (us|me|@\w+|\p{Lu}.{0,60}?)\s+on\s+(facebook|twitter|x|instagram|linkedin|threads|bluesky|tiktok|youtube|telegram)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowPrompt();
}
