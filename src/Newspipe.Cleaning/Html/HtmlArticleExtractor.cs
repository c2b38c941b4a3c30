using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Newspipe.Cleaning.Metadata;
using Newspipe.Cleaning.Text;

namespace Newspipe.Cleaning.Html;

/// <summary>Main content and metadata of an HTML page.</summary>
internal static class HtmlArticleExtractor
{
    // Below this many characters a pass is assumed to have cut too much and a more lenient one is tried (Readability's value).
    private const int EnoughText = 500;

    private static readonly ExtractionPass[] Passes =
    [
        ExtractionPass.All,
        ExtractionPass.WeightClasses | ExtractionPass.PruneConditionally,
        ExtractionPass.PruneConditionally,
        ExtractionPass.None,
    ];

    [ThreadStatic]
    private static HtmlParser? parser;

    public static (ArticleMetadata Metadata, List<string> Paragraphs) Extract(string html)
    {
        NestingGuard.Check(html);
        parser ??= new HtmlParser();
        var document = parser.ParseDocument(html);
        var page = HtmlMetadataReader.Read(document);
        var body = document.Body ?? document.DocumentElement;
        var tree = ContentTreeBuilder.Build(body);
        var paragraphs = MainText(tree, page.HeaderTexts);
        return (page.Metadata, WithJsonLdFallback(paragraphs, page.JsonLd));
    }

    /// <summary>
    /// Script-rendered pages can carry the story only in their JSON-LD: when the markup yields less than a
    /// paragraph's worth and the declared articleBody is longer, the declared body is the article.
    /// </summary>
    private static List<string> WithJsonLdFallback(List<string> paragraphs, JsonLdArticle? jsonLd)
    {
        if (jsonLd?.ArticleBody is not { } declared || paragraphs.Sum(p => p.Length) >= EnoughText)
        {
            return paragraphs;
        }

        var declaredParagraphs = System.Net.WebUtility.HtmlDecode(declared)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(ContentTreeBuilder.CollapseWhitespace)
            .ToList();
        return declaredParagraphs.Sum(p => p.Length) > paragraphs.Sum(p => p.Length) ? declaredParagraphs : paragraphs;
    }

    private static List<string> MainText(ContentNode tree, IReadOnlyList<string> headerTexts)
    {
        List<string> best = [];
        var bestLength = -1;
        foreach (var pass in Passes)
        {
            if (pass != Passes[0])
            {
                Reset(tree);
            }

            var roots = MainContentFinder.Find(tree, pass);
            BoilerplatePruner.Prune(roots, pass.HasFlag(ExtractionPass.PruneConditionally));
            var paragraphs = ContentTextWriter.Paragraphs(roots);
            paragraphs = ParagraphFilter.WithoutBoilerplate(paragraphs, headerTexts);
            var length = paragraphs.Sum(p => p.Length);
            if (length >= EnoughText)
            {
                return paragraphs;
            }

            if (length > bestLength)
            {
                best = paragraphs;
                bestLength = length;
            }
        }

        return best;
    }

    private static void Reset(ContentNode tree)
    {
        var stack = new Stack<ContentNode>();
        stack.Push(tree);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            node.Removed = false;
            node.IsCandidate = false;
            node.Score = 0;
            foreach (var child in node.Children)
            {
                stack.Push(child);
            }
        }

        tree.Recount();
    }
}
