namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>Spelling features of one word: its shape ("Xx", "X.X.", "dd-dd") and flags such as all-capitals.</summary>
internal static class WordShape
{
    public const int Capitalized = 1;
    public const int AllCaps = 2;
    public const int HasDigit = 4;
    public const int AllDigits = 8;
    public const int HasHyphen = 16;
    public const int HasPeriod = 32;
    public const int MixedCase = 64;
    public const int HasLetter = 128;

    /// <summary>Upper-case letters become X, lower-case x, digits d; runs of one class shrink to one character.</summary>
    public static string Of(string word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 32)];
        var length = 0;
        foreach (var c in word)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && buffer[length - 1] == mapped && mapped is 'X' or 'x' or 'd')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                break;
            }

            buffer[length++] = mapped;
        }

        return new string(buffer[..length]);
    }

    public static int FlagsOf(string word)
    {
        int flags = 0, upper = 0, lower = 0, digits = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c == '-')
            {
                flags |= HasHyphen;
            }
            else if (c == '.')
            {
                flags |= HasPeriod;
            }
        }

        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            flags |= Capitalized;
        }

        if (upper > 0 && lower == 0)
        {
            flags |= AllCaps;
        }

        if (upper > 1 && lower > 0 || upper > 0 && lower > 0 && !char.IsUpper(word[0]))
        {
            flags |= MixedCase;
        }

        if (digits > 0)
        {
            flags |= digits == word.Length ? HasDigit | AllDigits : HasDigit;
        }

        return upper + lower > 0 ? flags | HasLetter : flags;
    }

    /// <summary>Curly quotes as the newswire's straight ones, so the tagger sees the words it was trained on.</summary>
    public static string Normalize(string word) => word switch
    {
        "“" or "”" or "«" or "»" or "``" or "''" => "\"",
        "‘" or "’" => "'",
        "’s" => "'s",
        "–" or "—" => "--",
        _ => word.Contains('’') ? word.Replace('’', '\'') : word,
    };
}
