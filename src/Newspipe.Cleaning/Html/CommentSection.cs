namespace Newspipe.Cleaning.Html;

/// <summary>
/// Reader comments that share a container with the article, opened by a bare "Comments" / "Kommentare (14)" /
/// "Réagissez" line instead of a named section: the opener and everything after it in that container go.
/// </summary>
internal static class CommentSection
{
    private const int MaxOpenerLength = 40;

    // The opener must follow most of the container's text: a "12 comments" link in the header opens nothing.
    private const double ShareBefore = 0.4;

    public static void RemoveTrailing(ContentNode container)
    {
        if (!container.HasBlockChildren || container.TextLength == 0)
        {
            return;
        }

        var before = 0;
        for (var i = 0; i < container.Children.Count; i++)
        {
            var child = container.Children[i];
            if (child.Removed)
            {
                continue;
            }

            if (child.IsBlock && before >= container.TextLength * ShareBefore && IsOpener(child))
            {
                for (var j = i; j < container.Children.Count; j++)
                {
                    container.Children[j].Removed = true;
                }

                return;
            }

            before += child.TextLength;
        }
    }

    /// <summary>A short, unlinked "Comments" / "Kommentare (14)" / "Réagissez" block.</summary>
    public static bool IsOpener(ContentNode node) =>
        node.TextLength is > 0 and <= MaxOpenerLength && node.LinkDensity < 0.5
        && Text.BoilerplateLines.StartsSectionOfComments(PlainText(node));

    private static string PlainText(ContentNode node) =>
        ContentTreeBuilder.CollapseWhitespace(string.Concat(node.Descendants().Where(d => d.IsText).Select(d => d.Text))).Trim();
}
