using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Newspipe.Cleaning.Metadata;

namespace Newspipe.Cleaning.Html;

/// <summary>Title, author, date, outlet and canonical URL from meta tags, OpenGraph, JSON-LD and byline markup.</summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date.issued", "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date", "article.published",
        "og:published_time", "published_time", "article_date_original", "originalpublicationdate",
    ];

    private static readonly string[] AuthorKeys = ["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "citation_author"];

    public static HtmlPageMetadata Read(IHtmlDocument document)
    {
        var tags = MetadataTags.Collect(document);
        var meta = tags.Meta;
        var jsonLd = JsonLdArticle.Read(tags.JsonLdScripts);

        var outlet = Get(meta, "og:site_name") ?? jsonLd?.Publisher ?? Get(meta, "application-name") ?? Get(meta, "twitter:site")?.TrimStart('@');
        var rawTitle = Get(meta, "og:title") ?? jsonLd?.Headline ?? Get(meta, "twitter:title") ?? document.Title;
        var title = rawTitle is null ? null : TitleText.WithoutSiteName(System.Net.WebUtility.HtmlDecode(rawTitle), outlet);

        var author = AuthorKeys.Select(k => Get(meta, k)).FirstOrDefault(IsName) ?? jsonLd?.Author ?? BylineAuthor(tags.AuthorElements);
        var published = PublishedDateParser.Normalize(jsonLd?.DatePublished)
            ?? PublishedKeys.Select(k => PublishedDateParser.Normalize(Get(meta, k))).FirstOrDefault(d => d is not null)
            ?? tags.TimeValues.Select(PublishedDateParser.Normalize).FirstOrDefault(d => d is not null);

        var canonical = tags.Canonical ?? Get(meta, "og:url") ?? jsonLd?.Url;
        // Pages print their headline and name above the text in several spellings; all of them are header, not body.
        var headerTexts = new[] { title, rawTitle, document.Title, Get(meta, "og:title"), jsonLd?.Headline, outlet }
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => TitleText.Normalize(System.Net.WebUtility.HtmlDecode(t!)))
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();
        return new HtmlPageMetadata(new ArticleMetadata
        {
            Title = title,
            Author = author is null ? null : Bylines.CleanName(author),
            Published = published,
            Outlet = outlet,
            CanonicalUrl = AbsoluteUrl(canonical),
        }, jsonLd, headerTexts);
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.GetValueOrDefault(key);

    private static bool IsName(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !value.Contains("://", StringComparison.Ordinal) && !value.StartsWith('@') && value.Length <= 120;

    private static string? BylineAuthor(IEnumerable<IElement> candidates)
    {
        foreach (var element in candidates)
        {
            var text = ContentTreeBuilder.CollapseWhitespace(element.TextContent).Trim();
            if (IsName(text) && text.Length > 0 && text.Split(' ').Length <= 8)
            {
                return text;
            }
        }

        return null;
    }

    private static string? AbsoluteUrl(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;
}
