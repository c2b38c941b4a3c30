using Newspipe.Cleaning.Metadata;

namespace Newspipe.Cleaning.Text;

/// <summary>
/// Main text of plain text saved from a page, where boilerplate comes as whole lines. The article is the run of prose
/// between the header (date banner, byline, headline) and the first section that is not article (comments, author box,
/// subscription box, related posts); furniture lines inside it are dropped one by one.
/// </summary>
internal static class TextArticleExtractor
{
    // An author box or subscription box ends the article only once most of the prose has been seen; earlier it is a lone insert.
    private const double TailShare = 0.5;

    public static (ArticleMetadata Metadata, List<string> Paragraphs) Extract(string text, bool markdown)
    {
        var lines = SavedTextReader.Read(text, markdown);
        var metadata = TextMetadataReader.Read(lines);
        return (metadata, Body(lines, metadata));
    }

    private static List<string> Body(List<TextLine> lines, ArticleMetadata metadata)
    {
        var start = lines.FindIndex(l => l.IsProse && !IsFurniture(l, metadata));
        if (start < 0)
        {
            // No sentence anywhere: keep whatever is not furniture (a short note, a list); a lone headline is its own text.
            var note = lines.Where(l => !IsFurniture(l, metadata)).ToList();
            var withoutTitle = note.Where(l => !IsTitle(l, metadata)).ToList();
            return (withoutTitle.Count > 0 ? withoutTitle : note).Select(l => l.Output).ToList();
        }

        var end = EndOfArticle(lines, start, metadata);
        var lastProse = lines.FindLastIndex(end - 1, end - start, l => l.IsProse && !IsFurniture(l, metadata));
        var kept = new List<string>();
        for (var i = start; i <= lastProse; i++)
        {
            var line = lines[i];
            if (IsFurniture(line, metadata) || IsTitle(line, metadata) || IsCaptionAfterCredit(lines, i) || InHeadlineList(lines, i))
            {
                continue;
            }

            kept.Add(line.Output);
        }

        return kept;
    }

    private static int EndOfArticle(List<TextLine> lines, int start, ArticleMetadata metadata)
    {
        var totalProse = lines.Skip(start).Where(l => l.IsProse).Sum(l => l.Plain.Length);
        var proseSoFar = 0;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (BoilerplateLines.StartsSectionOfComments(line.Plain))
            {
                return i;
            }

            var opensTail = BoilerplateLines.StartsSectionOfLinks(line.Plain)
                || BoilerplateLines.IsSubscriptionPrompt(line.Plain)
                || IsAuthorBox(line, metadata);
            if (opensTail && proseSoFar >= totalProse * TailShare)
            {
                return i;
            }

            if (line.IsProse)
            {
                proseSoFar += line.Plain.Length;
            }
        }

        return lines.Count;
    }

    /// <summary>The author's name on its own, or their byline, repeated after the text: the start of an author box.</summary>
    private static bool IsAuthorBox(TextLine line, ArticleMetadata metadata)
    {
        if (metadata.Author is not { } author || line.Words > 8)
        {
            return false;
        }

        return TitleText.Same(line.Plain, author) || (Bylines.AuthorOf(line.Plain) is { } named && TitleText.Same(named, author));
    }

    private static bool IsFurniture(TextLine line, ArticleMetadata metadata) =>
        BoilerplateLines.IsBoilerplate(line.Plain)
        || (line.Words <= 15 && Bylines.AuthorOf(line.Plain) is not null)
        || (metadata.Outlet is { } outlet && TitleText.Same(line.Plain, outlet));

    private static bool IsTitle(TextLine line, ArticleMetadata metadata) =>
        !string.IsNullOrEmpty(metadata.Title) && TitleText.Same(line.Plain, metadata.Title);

    /// <summary>A short unpunctuated line right after a photo credit is that photo's caption.</summary>
    private static bool IsCaptionAfterCredit(List<TextLine> lines, int index) =>
        index > 0 && !lines[index].IsProse && lines[index].Words <= 15 && BoilerplateLines.IsPhotoCredit(lines[index - 1].Plain);

    /// <summary>Three or more list items in a row, mostly without sentence punctuation: headlines of other stories or a menu.</summary>
    private static bool InHeadlineList(List<TextLine> lines, int index)
    {
        if (!lines[index].IsListItem)
        {
            return false;
        }

        var first = index;
        while (first > 0 && lines[first - 1].IsListItem)
        {
            first--;
        }

        var last = index;
        while (last < lines.Count - 1 && lines[last + 1].IsListItem)
        {
            last++;
        }

        var run = lines.GetRange(first, last - first + 1);
        return run.Count >= 3 && run.Count(l => !TextLine.EndsSentence(l.Plain)) * 3 >= run.Count * 2;
    }
}
