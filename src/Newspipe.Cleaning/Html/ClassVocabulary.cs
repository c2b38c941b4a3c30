using System.Buffers;

namespace Newspipe.Cleaning.Html;

/// <summary>
/// What an element's class, id and role say about it: the words site builders use for boilerplate (share bars,
/// related lists, comments, newsletter boxes) and for article bodies. General web vocabulary, no site names.
/// </summary>
internal sealed class ClassVocabulary
{
    public static readonly ClassVocabulary Empty = new(false, false, false, false, false, false);

    // Matched as substrings of the lower-cased class/id, so "socialShareBar" or "relatedposts" are caught too.
    private static readonly SearchValues<string> BoilerplateFragments = SearchValues.Create(
    [
        "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "signup",
        "sign-up", "cookie", "consent", "gdpr", "promo", "advert", "sponsor", "outbrain", "taboola", "breadcrumb", "sidebar",
        "widget", "popup", "modal", "overlay", "toolbar", "pagination", "pager", "trending", "popular", "byline", "author",
        "caption", "credit", "footer", "navbar", "navigation", "masthead", "paywall-prompt", "most-read", "mostread",
        "read-more", "readmore", "more-stories", "newsfeed", "tagline", "taglist", "tag-list", "keywords", "follow",
        "login", "signin", "rating", "reaction", "skip-link", "skiplink", "jump-link", "print", "email", "donate",
        "also-read", "alsoread", "see-also", "seealso", "recirc", "teaser", "promoted", "partner", "affiliate",
        "rollover", "tooltip", "popover", "hovercard", "dropdown",

        // Forum furniture around the posts: user panels, signatures, post buttons, "who is online".
        "signature", "postprofile", "userinfo", "user-info", "userdetails", "user-details", "usertitle", "user-title",
        "avatar", "post-buttons", "postbuttons", "actionbar", "action-bar", "pagenav", "page-nav", "quickreply",
        "quick-reply", "online-list", "whosonline", "who-is-online", "users-online",

        // The same furniture named in German, French, Spanish, Italian, Dutch and Portuguese.
        "kommentare", "kommentarbereich", "kommentarliste", "leserkommentar", "nutzerkommentar", "comentari", "reactie", "teilen", "partage", "compartir", "condivid", "compartilh", "verwandt",
        "weitere-artikel", "mehr-zum-thema", "lesetipp", "empfehlung", "meistgelesen", "lire-aussi", "alire", "articles-lies",
        "plus-lus", "relacionad", "correlat", "gerelateerd", "lees-ook", "leesook", "fusszeile", "pied-de-page", "piede",
        "pie-pagina", "voettekst", "rodape", "navig", "naveg", "menue", "seitenleiste", "randspalte", "barra-lateral",
        "zijbalk", "werbung", "anzeige", "publicidad", "pubblicita", "publicite", "advertentie", "reclame", "nieuwsbrief",
        "boletin", "infolettre", "datenschutz", "fil-ariane", "brotkrume", "schlagw", "etiquetas", "mots-cles",
        "trefwoord", "autor", "auteur", "drucken", "imprimer", "imprimir", "anmeld", "connexion",
    ], StringComparison.Ordinal);

    // Matched as whole words: too short or too common to match inside other words.
    private static readonly HashSet<string> BoilerplateWords =
    [
        "nav", "menu", "ad", "ads", "adv", "advertising", "tags", "tag", "topics", "bio", "meta", "banner", "hidden",
        "sr", "screen", "reader", "aside", "extra", "more", "next", "prev", "previous", "links", "utility", "tools",
        "dateline", "date", "time", "timestamp", "published", "updated", "photo", "image", "img", "figure", "video",
        "gallery", "slideshow", "embed", "subhead", "kicker", "eyebrow", "label", "category", "section", "headline",
        "title", "header", "hdr", "top", "bottom", "inline", "pullquote", "quote",
        "kopf", "kopfbereich", "entete", "cabecera", "testata", "intestazione", "kop", "datum", "fecha", "data", "bild",
        "foto", "kategorie", "rubrik", "stampa", "delen", "deel", "meta-nav",
    ];

    private static readonly SearchValues<string> ContentFragments = SearchValues.Create(
    [
        "article", "content", "entry", "post", "story", "body", "text", "main", "prose", "blog", "hentry", "copy",
        "artikel", "inhalt", "beitrag", "contenu", "contenido", "contenuto", "cuerpo", "testo", "tekst", "conteudo",
    ], StringComparison.Ordinal);

    private static readonly HashSet<string> Roles = ["navigation", "menu", "menubar", "complementary", "banner", "contentinfo", "alert", "alertdialog", "dialog", "search", "toolbar"];

    private static readonly SearchValues<string> CommentFragments = SearchValues.Create(["comment", "disqus", "replies", "respond", "kommentare", "kommentarbereich", "kommentarliste", "leserkommentar", "nutzerkommentar", "comentari", "reactie"], StringComparison.Ordinal);

    private static readonly SearchValues<string> OtherStoriesFragments = SearchValues.Create(
    [
        "related", "recommend", "popular", "trending", "more-stories", "morestories", "also-read", "alsoread", "see-also",
        "seealso", "recirc", "read-more", "readmore", "most-read", "mostread", "you-may-like", "outbrain", "taboola",
        "verwandt", "weitere-artikel", "mehr-zum-thema", "lesetipp", "meistgelesen", "lire-aussi", "articles-lies", "plus-lus",
        "relacionad", "correlat", "gerelateerd", "lees-ook", "leesook",
    ], StringComparison.Ordinal);

    private ClassVocabulary(bool boilerplate, bool weakBoilerplate, bool content, bool boilerplateRole, bool comments, bool otherStories)
    {
        IsComments = comments;
        IsOtherStories = otherStories;
        IsBoilerplate = boilerplate;
        IsWeakBoilerplate = weakBoilerplate;
        IsContent = content;
        HasBoilerplateRole = boilerplateRole;
    }

    /// <summary>The class/id names a boilerplate block (share bar, comments, related list, newsletter box...).</summary>
    public bool IsBoilerplate { get; }

    /// <summary>The class/id names page furniture that is sometimes kept (dates, labels, media, headers).</summary>
    public bool IsWeakBoilerplate { get; }

    /// <summary>The class/id names an article body or post.</summary>
    public bool IsContent { get; }

    public bool HasBoilerplateRole { get; }

    /// <summary>The class/id names a reader-comment section: never article text, however long.</summary>
    public bool IsComments { get; }

    /// <summary>The class/id names links to other stories (related, recommended, most read).</summary>
    public bool IsOtherStories { get; }

    public static ClassVocabulary Of(string? className, string? id, string? role)
    {
        if (string.IsNullOrWhiteSpace(className) && string.IsNullOrWhiteSpace(id) && string.IsNullOrWhiteSpace(role))
        {
            return Empty;
        }

        var names = $"{className} {id}".ToLowerInvariant();
        var boilerplate = names.AsSpan().ContainsAny(BoilerplateFragments);
        var words = SplitWords($"{className} {id}");
        var weak = words.Any(BoilerplateWords.Contains);
        var content = names.AsSpan().ContainsAny(ContentFragments);
        var boilerplateRole = role is not null && Roles.Contains(role.Trim().ToLowerInvariant());
        var comments = names.AsSpan().ContainsAny(CommentFragments);
        var otherStories = names.AsSpan().ContainsAny(OtherStoriesFragments);
        return boilerplate || weak || content || boilerplateRole
            ? new ClassVocabulary(boilerplate, weak, content, boilerplateRole, comments, otherStories)
            : Empty;
    }

    /// <summary>Splits "article-body shareBar_top" into article, body, share, bar, top.</summary>
    private static List<string> SplitWords(string names)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= names.Length; i++)
        {
            var boundary = i == names.Length
                || !char.IsLetterOrDigit(names[i])
                || (i > 0 && char.IsUpper(names[i]) && char.IsLower(names[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(names[start..i].ToLowerInvariant());
                start = -1;
            }

            if (i < names.Length && char.IsLetterOrDigit(names[i]) && start < 0)
            {
                start = i;
            }
        }

        return words;
    }
}
