using System.Globalization;
using System.Text.RegularExpressions;
using Newspipe.Cleaning.Metadata;

namespace Newspipe.Cleaning.Text;

/// <summary>
/// Metadata of saved page text, from the conventions pages print: bylines ("Written by X on June 19, 2024", "By X"),
/// date banners and labelled dates ("Published Date: 01:07 | 19 June 2024"), the headline above the first paragraph,
/// the outlet's name in the header, in "Subscribe to X" or in a copyright line.
/// </summary>
internal static partial class TextMetadataReader
{
    // The header is the first few lines; an outlet or date found further down is more likely part of the story.
    private const int HeaderLines = 12;

    private static readonly string[] NewsOrganisationWords =
    [
        "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Daily", "Press", "Agency", "Today", "Chronicle",
        "Observer", "Magazine", "Media", "Network", "Radio", "Television", "TV", "Wire", "Review", "Report", "Star", "Express",
        "Guardian", "Telegraph", "Independent", "Insider", "Hub", "Standard", "Mirror", "Monitor", "Dispatch", "Weekly",
        "Courier", "Examiner", "Bulletin", "Sentinel", "Record", "Register", "Inquirer", "Globe", "Mail",
    ];

    public static ArticleMetadata Read(List<TextLine> lines)
    {
        var firstProse = lines.FindIndex(l => l.IsProse && !BoilerplateLines.IsBoilerplate(l.Plain) && Bylines.AuthorOf(l.Plain) is null);
        var header = firstProse < 0 ? lines : lines.Take(firstProse).ToList();
        var author = FindAuthor(lines);
        return new ArticleMetadata
        {
            Title = FindTitle(header, lines.Count),
            Author = author,
            Published = FindPublished(lines),
            Outlet = FindOutlet(lines, author),
        };
    }

    /// <summary>
    /// The first headline-like line above the first paragraph: not a date, byline, credit or menu entry. A line ending
    /// in a full stop is a sentence, so an unpunctuated line wins over it, however short: in a file of two short lines
    /// the headline is the one written as a headline, not whichever has three words.
    /// </summary>
    private static string? FindTitle(List<TextLine> header, int lineCount)
    {
        var candidates = header.Where(l => !l.IsListItem && l.Words is >= 1 and <= 30
            && !BoilerplateLines.IsBoilerplate(l.Plain)
            && Bylines.AuthorOf(l.Plain) is null
            && !PublishedDateParser.IsDateOnly(l.Plain)).ToList();
        var headline = candidates.FirstOrDefault(l => l.Words >= 3 && !EndsWithFullStop(l.Plain))
            ?? candidates.FirstOrDefault(l => !EndsWithFullStop(l.Plain) && lineCount > 1);
        return (headline ?? candidates.FirstOrDefault(l => l.Words >= 3))?.Plain;
    }

    private static bool EndsWithFullStop(string text) => text.TrimEnd().TrimEnd('"', '”', '’', '\'', ')', '»').EndsWith('.');

    private static string? FindAuthor(List<TextLine> lines)
    {
        foreach (var line in lines.Where(l => l.Words <= 15))
        {
            if (Bylines.AuthorOf(line.Plain) is { } byline)
            {
                return byline;
            }
        }

        foreach (var line in lines)
        {
            var follow = FollowAuthor().Match(line.Plain);
            if (follow.Success && Bylines.LooksLikeName(follow.Groups["name"].Value))
            {
                return follow.Groups["name"].Value;
            }
        }

        return null;
    }

    /// <summary>A byline's date first, then a labelled or stand-alone date in the header, then the latest full date in the text.</summary>
    private static string? FindPublished(List<TextLine> lines)
    {
        var header = lines.Take(HeaderLines).ToList();
        return header.Where(l => l.Words <= 15 && Bylines.AuthorOf(l.Plain) is not null).Select(l => PublishedDateParser.Find(l.Plain)).FirstOrDefault(d => d is not null)
            ?? header.Where(l => PublishedLabel().IsMatch(l.Plain)).Select(l => PublishedDateParser.Find(l.Plain)).FirstOrDefault(d => d is not null)
            ?? header.Where(l => PublishedDateParser.IsDateOnly(l.Plain)).Select(l => PublishedDateParser.Find(l.Plain)).FirstOrDefault(d => d is not null)
            ?? lines.Select(l => PublishedDateParser.Find(l.Plain)).Where(d => d is not null).Max(StringComparer.Ordinal);
    }

    private static string? FindOutlet(List<TextLine> lines, string? author)
    {
        foreach (var line in lines)
        {
            var copyright = Copyright().Match(line.Plain);
            if (copyright.Success && line.Words <= 12)
            {
                return WithCapitalArticle(copyright.Groups["name"].Value);
            }
        }

        foreach (var line in lines)
        {
            var subscribe = SubscribeTo().Match(line.Plain);
            if (subscribe.Success)
            {
                return WithCapitalArticle(subscribe.Groups["name"].Value);
            }
        }

        foreach (var line in lines.Take(HeaderLines))
        {
            if (line.Words is >= 1 and <= 5 && !TextLine.EndsSentence(line.Plain) && IsTitleCase(line.Plain)
                && line.Plain.Split(' ').Any(w => NewsOrganisationWords.Contains(w, StringComparer.Ordinal))
                && (author is null || !TitleText.Same(line.Plain, author)))
            {
                return line.Plain;
            }
        }

        // An author box names the employer: "Before joining The Times Hub, ..."
        foreach (var line in lines.Where(l => l.IsProse))
        {
            var joined = JoinedOutlet().Match(line.Plain);
            if (joined.Success)
            {
                return joined.Groups["name"].Value;
            }
        }

        return null;
    }

    private static bool IsTitleCase(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || w is "of" or "the" or "and" or "for" or "de");

    private static string WithCapitalArticle(string name)
    {
        var trimmed = name.Trim().TrimEnd('.', '!', ',');
        return trimmed.StartsWith("the ", StringComparison.Ordinal) ? string.Concat("The", trimmed.AsSpan(3)) : trimmed;
    }

    [GeneratedRegex(@"^(published|posted|first published|date published|publication date)(\s+(date|on))?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"^follow (?<name>\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+on\s+(facebook|twitter|x|instagram|linkedin|threads|bluesky)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowAuthor();

    [GeneratedRegex(@"^(?i:subscribe to) (?<name>((?i:the)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4})\s*[.!]?$")]
    private static partial Regex SubscribeTo();

    [GeneratedRegex(@"^(©|\(c\)|copyright)\s*(©\s*)?(\d{4}(\s*[-–]\s*\d{4})?\s*)?(?<name>\p{Lu}[\p{L}\p{N}'’&.-]*(\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4})", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b(?:[Bb]efore joining|[Jj]oined|[Ww]orks? (?:at|for))\s+(?<name>The\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})")]
    private static partial Regex JoinedOutlet();
}
