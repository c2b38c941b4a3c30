using Newspipe.Cleaning.Html;
using Newspipe.Cleaning.Metadata;
using Newspipe.Cleaning.Text;
using Newspipe.Contracts;

namespace Newspipe.Cleaning;

/// <summary>
/// The Clean stage: main text and metadata of an article from an HTML page or from text saved from one.
/// Stateless and thread-safe: construct once and reuse.
/// </summary>
public sealed class ArticleCleaner
{
    private const string WarmUpParagraph =
        "The minister said on Monday in London that the talks on the new river flood defences would continue next week, " +
        "after the council approved the plan and the budget for the first works.";

    /// <summary>
    /// Cleans one small page of each format, so the boilerplate patterns and the HTML parser are compiled before the
    /// first real article (on its first use that takes some seconds of a process's start).
    /// </summary>
    public void WarmUp()
    {
        Clean(
            "<html><head><title>Warm-up</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Warm-up</h1>" +
            $"<p>{WarmUpParagraph}</p><p>{WarmUpParagraph}</p></article><footer>Subscribe to our newsletter</footer></body></html>",
            ArticleFormat.Html);
        Clean($"Warm-up\n\nHome | World | Sport\n\n{WarmUpParagraph}\n\n{WarmUpParagraph}\n\nShare this article", ArticleFormat.Text);
        Clean($"# Warm-up\n\n{WarmUpParagraph}\n\n{WarmUpParagraph}\n", ArticleFormat.Markdown);
    }

    /// <param name="content">The page or text.</param>
    /// <param name="format">How the content is written.</param>
    /// <param name="hints">Metadata that came with the content (e.g. from a JSON input); a non-empty hint wins over what is extracted.</param>
    public CleanedArticle Clean(string content, ArticleFormat format, Contracts.ArticleMetadata? hints = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new CleaningException("The content is empty.");
        }

        var (metadata, paragraphs) = format switch
        {
            ArticleFormat.Html => HtmlArticleExtractor.Extract(content),
            ArticleFormat.Text => TextArticleExtractor.Extract(content, markdown: false),
            ArticleFormat.Markdown => TextArticleExtractor.Extract(content, markdown: true),
            _ => throw new CleaningException($"Unknown article format {format}."),
        };

        if (paragraphs.Count == 0)
        {
            throw new CleaningException($"No article text found in the {format} content.");
        }

        var text = string.Join("\n\n", paragraphs);
        return new CleanedArticle
        {
            Title = Pick(hints?.Title, metadata.Title) ?? TitleText.FromText(text),
            Author = Pick(hints?.Author, metadata.Author),
            Published = Pick(PublishedDateParser.Normalize(hints?.Published) ?? hints?.Published, metadata.Published),
            Outlet = Pick(hints?.Outlet, metadata.Outlet),
            CanonicalUrl = Pick(hints?.Url, metadata.CanonicalUrl),
            Text = text,
        };
    }

    private static string? Pick(string? preferred, string? fallback) =>
        !string.IsNullOrWhiteSpace(preferred) ? preferred.Trim() : string.IsNullOrWhiteSpace(fallback) ? null : fallback.Trim();
}
