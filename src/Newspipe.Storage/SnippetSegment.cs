namespace Newspipe.Storage;

/// <summary>A run of article text, <paramref name="Highlighted"/> when it matched the search. Plain text: encode it to show it.</summary>
public sealed record SnippetSegment(string Text, bool Highlighted);
