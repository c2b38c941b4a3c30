namespace Newspipe.Cleaning;

/// <summary>
/// Caps an article's text so one monstrous input cannot make every later stage, the store and the pages huge: the
/// text is cut at the last paragraph or sentence end before the cap, and the cut is said in words for the record.
/// </summary>
public static class TextLimit
{
    public const int DefaultMaxChars = 200_000;

    /// <returns>The text, cut if it was longer than <paramref name="maxChars"/>, and a note saying so (null when not cut).</returns>
    public static (string Text, string? Note) Apply(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        if (text.Length <= maxChars)
        {
            return (text, null);
        }

        var cut = text.LastIndexOf("\n\n", maxChars, StringComparison.Ordinal);
        if (cut < maxChars / 2)
        {
            cut = text.AsSpan(0, maxChars).LastIndexOfAny(". ");
        }

        cut = cut < maxChars / 2 ? maxChars : cut + 1;
        var kept = text[..cut].TrimEnd();
        return (kept, $"text cut at {kept.Length:N0} of {text.Length:N0} characters (limit {maxChars:N0})");
    }
}
