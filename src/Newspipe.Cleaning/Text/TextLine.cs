namespace Newspipe.Cleaning.Text;

/// <summary>One paragraph of saved page text: what is written out (<see cref="Output"/>) and what it is judged by (<see cref="Plain"/>).</summary>
internal sealed record TextLine(string Output, string Plain, bool IsListItem)
{
    public int Words { get; } = BoilerplateLines.WordCount(Plain);

    /// <summary>Written as a sentence: long enough and ending in sentence punctuation, or simply long.</summary>
    public bool IsProse => (Words >= 8 && EndsSentence(Plain)) || Words >= 25;

    public static bool EndsSentence(string text)
    {
        var end = text.TrimEnd().TrimEnd('"', '”', '’', '\'', ')', '»', '*', '_');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or ':' or '。';
    }
}
