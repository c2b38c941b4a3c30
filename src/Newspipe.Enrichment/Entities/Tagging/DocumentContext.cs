namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>
/// What one document says about its words beyond the sentence at hand: which words it writes with a capital in
/// mid-sentence or in lower case (a headline in capitals or a sentence-initial word then reads like the rest), and
/// how the tagger typed the same word earlier in the document.
/// </summary>
internal sealed class DocumentContext
{
    public const int SeenCapitalized = 1;
    public const int SeenLowerCase = 2;

    private readonly Dictionary<string, int> casing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> history = new(StringComparer.Ordinal);

    public DocumentContext(IReadOnlyList<string[]> sentences)
    {
        foreach (var words in sentences)
        {
            if (IsCapsLine(words))
            {
                continue;
            }

            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i];
                if (word.Length < 2 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                var mark = char.IsUpper(word[0]) ? i > 0 && !IsOpening(words[i - 1]) ? SeenCapitalized : 0 : SeenLowerCase;
                if (mark != 0)
                {
                    var key = word.ToLowerInvariant();
                    casing[key] = casing.GetValueOrDefault(key) | mark;
                }
            }
        }
    }

    /// <summary>The spelling and word-list traits of this document's words, so each distinct word is looked up once.</summary>
    public Dictionary<string, TokenTraits> WordTraits { get; } = new(StringComparer.Ordinal);

    /// <summary>A headline or dateline written all in capitals.</summary>
    public static bool IsCapsLine(string[] words) => IsCapsLine(words, words.Length, (w, i) => (w[i], WordShape.FlagsOf(w[i])));

    public static bool IsCapsLine(TokenTraits[] tokens) => IsCapsLine(tokens, tokens.Length, (t, i) => (t[i].Word, t[i].Flags));

    private static bool IsCapsLine<T>(T sentence, int length, Func<T, int, (string Word, int Flags)> wordAt)
    {
        int caps = 0, lettered = 0;
        for (var i = 0; i < length; i++)
        {
            var (word, flags) = wordAt(sentence, i);
            if ((flags & WordShape.HasLetter) == 0)
            {
                continue;
            }

            lettered++;
            if ((flags & WordShape.AllCaps) != 0 && word.Length > 1 || word.Length == 1 && char.IsUpper(word[0]))
            {
                caps++;
            }
        }

        return lettered >= 2 && caps * 10 >= lettered * 7;
    }

    public int CasingOf(string lower) => casing.GetValueOrDefault(lower);

    /// <summary>The type (0 PER .. 3 MISC) most often given to the word so far, 4 when only ever outside a name, -1 when unseen.</summary>
    public int HistoryOf(string lower)
    {
        if (!history.TryGetValue(lower, out var counts))
        {
            return -1;
        }

        var best = 4;
        for (var type = 0; type < 4; type++)
        {
            if (counts[type] > 0 && (best == 4 || counts[type] > counts[best]))
            {
                best = type;
            }
        }

        return best;
    }

    public void Record(IReadOnlyList<TokenTraits> tokens, int[] tags)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized)
            {
                continue;
            }

            if (!history.TryGetValue(tokens[i].Lower, out var counts))
            {
                counts = new int[5];
                history.Add(tokens[i].Lower, counts);
            }

            var type = NerTags.TypeOf(tags[i]);
            counts[type < 0 ? 4 : type]++;
        }
    }

    private static bool IsOpening(string word) => word is "\"" or "(" or "'" or ":" or "--" or "-";
}
