namespace Newspipe.Storage;

/// <summary>
/// A word, or a quoted phrase of several, as a person typed it: each position holds the word and its other spellings
/// (<see cref="SpellingVariants"/>), any of which may match there.
/// </summary>
internal sealed record SearchClause(SearchJoin Join, IReadOnlyList<IReadOnlyList<string>> Words);
