using System.Text;

namespace Newspipe.Cleaning.Html;

/// <summary>
/// Turns the kept content nodes into paragraphs: every block (paragraph, heading, list item, cell) becomes one.
/// A paragraph made of nothing but several links (a tag list, a row of related headlines) is navigation and is left out;
/// a single linked sentence is kept.
/// </summary>
internal sealed class ContentTextWriter
{
    private const double LinkOnlyShare = 0.9;
    private const int LinkListLinks = 3;

    private readonly List<string> paragraphs = [];
    private readonly StringBuilder current = new();
    private int letters;
    private int linkLetters;
    private int links;

    private ContentTextWriter()
    {
    }

    public static List<string> Paragraphs(IEnumerable<ContentNode> roots)
    {
        var writer = new ContentTextWriter();
        foreach (var root in roots)
        {
            writer.Write(root, insideLink: false);
            writer.Flush();
        }

        return writer.paragraphs;
    }

    private void Write(ContentNode node, bool insideLink)
    {
        if (node.Removed)
        {
            return;
        }

        if (node.IsText)
        {
            current.Append(node.Text);
            letters += node.TextLength;
            linkLetters += insideLink ? node.TextLength : 0;
            return;
        }

        if (node.Tag == "br")
        {
            current.Append('\n');
            return;
        }

        if (node.IsBlock)
        {
            Flush();
        }
        else if (node.Tag is "td" or "th")
        {
            current.Append(' ');
        }

        if (node.Tag == "a" && node.TextLength > 0)
        {
            links++;
        }

        foreach (var child in node.Children)
        {
            Write(child, insideLink || node.Tag == "a");
        }

        if (node.IsBlock)
        {
            Flush();
        }
    }

    private void Flush()
    {
        var linkOnly = letters > 0 && linkLetters >= letters * LinkOnlyShare && links >= LinkListLinks;
        if (current.Length > 0 && !linkOnly)
        {
            var lines = current.ToString().Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0);
            var paragraph = string.Join('\n', lines);
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }
        }

        current.Clear();
        letters = 0;
        linkLetters = 0;
        links = 0;
    }
}
