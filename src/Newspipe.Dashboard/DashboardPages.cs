using System.Globalization;
using System.Net;
using System.Text;
using Newspipe.Storage;

namespace Newspipe.Dashboard;

/// <summary>Server-rendered pages: plain HTML, no script, refreshed every few seconds.</summary>
internal static class DashboardPages
{
    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#222}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
        th{background:#f4f4f4}a{color:#0b5cad}.muted{color:#777}.bad{color:#b00020}nav a{margin-right:1rem}
        .timeline td{font-variant-numeric:tabular-nums}form{display:inline;margin:0 .3rem 0 0}button{font:inherit;cursor:pointer}
        details summary{cursor:pointer;color:#0b5cad}pre{white-space:pre-wrap;background:#fafafa;padding:1rem;border:1px solid #eee}
        """;

    public static string Articles(IReadOnlyList<ArticleSummary> articles, int total, int failures)
    {
        var html = Page("Newspipe", refresh: true);
        html.Append(CultureInfo.InvariantCulture, $"<h1>Articles <span class=muted>({total})</span></h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/failures\" class=\"{(failures > 0 ? "bad" : "muted")}\">{failures} failures</a></p>");
        html.Append("<table><tr><th>Id</th><th>Title</th><th>Outlet</th><th>Published</th><th>Lang</th><th>Story</th><th>Source</th><th>Ingest→stored</th></tr>");
        foreach (var a in articles)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td><a href=\"/articles/{a.Id}\">{Short(a.Id)}</a></td><td>{E(a.Title)}</td><td>{E(a.Outlet)}</td><td>{E(a.Published)}</td><td>{E(a.Language)}</td><td>{Short(a.StoryId)}{(a.DuplicateOf is { } d ? $" <span class=muted>dup of {Short(d)}</span>" : "")}</td><td>{E(a.SourceName)}</td><td>{Millis(a.StoredAt - a.IngestedAt)}</td></tr>");
        }

        return End(html.Append("</table>"));
    }

    public static string Article(StoredArticle article)
    {
        var a = article.Record;
        var html = Page(a.Title, refresh: false);
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(a.Title)}</h1><p class=muted>{E(a.Author)} · {E(a.Outlet)} · {E(a.Published)} · {E(a.Language)} ({a.LanguageConfidence:0.00}) · <code>{a.Id}</code></p>");
        html.Append("<h2>Trace</h2><table class=timeline><tr><th>Stage</th><th>Finished (UTC)</th><th>Took</th></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>ingest</td><td>{a.IngestedAt:O}</td><td>{E(a.SourceName)}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>clean</td><td>{a.CleanedAt:O}</td><td>{Millis(a.CleanedAt - a.IngestedAt)}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>enrich</td><td>{a.EnrichedAt:O}</td><td>{Millis(a.EnrichedAt - a.CleanedAt)}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>store</td><td>{a.StoredAt:O}</td><td>{Millis(a.StoredAt - a.EnrichedAt)}</td></tr></table>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Story <code>{a.StoryId}</code>{(a.DuplicateOf is { } d ? $", near-duplicate of <a href=\"/articles/{d}\">{Short(d)}</a>" : "")}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>Summary</h2><p>{E(a.Summary)}</p><p><b>Keywords:</b> {E(string.Join(", ", article.Keywords))}</p>");
        html.Append("<h2>Entities</h2><table><tr><th>Entity</th><th>Type</th><th>Spellings</th></tr>");
        foreach (var group in article.Mentions.GroupBy(m => (m.Canonical, m.Type)))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(group.Key.Canonical)}</td><td>{E(group.Key.Type)}</td><td>{E(string.Join(" · ", group.Select(m => m.Text).Distinct()))}</td></tr>");
        }

        html.Append("</table><h2>Quotes</h2><table><tr><th>Speaker</th><th>Quote</th></tr>");
        foreach (var quote in article.Quotes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(quote.Speaker)}</td><td>“{E(quote.Text)}”</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</table><h2>Text</h2><pre>{E(a.Text)}</pre>");
        return End(html);
    }

    internal static StringBuilder Page(string title, bool refresh) => new StringBuilder()
        .Append("<!doctype html><html><head><meta charset=utf-8>")
        .Append(refresh ? "<meta http-equiv=refresh content=5>" : "")
        .Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title><style>{Style}</style></head><body>")
        .Append("<nav><a href=\"/\">Articles</a><a href=\"/failures\">Failures</a></nav>");

    internal static string End(StringBuilder html) => html.Append("</body></html>").ToString();

    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    internal static string Short(Guid id) => id.ToString()[..8];

    private static string Millis(TimeSpan span) => span.TotalMilliseconds.ToString("0 ms", CultureInfo.InvariantCulture);
}
