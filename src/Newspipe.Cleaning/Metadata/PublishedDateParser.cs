using System.Globalization;
using System.Text.RegularExpressions;

namespace Newspipe.Cleaning.Metadata;

/// <summary>
/// Reads the dates news pages carry (ISO 8601 in meta tags, "June 19, 2024", "19 June 2024", "Thu. Jul 18th, 2024",
/// "Jun20,2024", "22 de outubro de 2010", "19.06.2024") and writes them as ISO 8601: a date, or a date-time with offset
/// when the source states time and zone. Month names in English, French, German, Spanish, Portuguese, Italian and Dutch.
/// </summary>
internal static partial class PublishedDateParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    // Words that surround a date in a date line: weekdays, labels and connectors in the same languages.
    private static readonly HashSet<string> DateLineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday", "am", "pm", "a", "m", "p", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt",
        "ct", "cst", "cdt", "bst", "cet", "cest", "ist", "updated", "published", "posted", "modified", "last", "date", "on",
        "at", "time", "first", "segunda", "terça", "terca", "quarta", "quinta", "sexta", "feira", "sábado", "sabado", "domingo",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunedì",
        "martedì", "mercoledì", "giovedì", "venerdì", "domenica", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
        "zaterdag", "zondag", "de", "del", "às", "as", "à", "le", "el", "um", "uhr", "alle", "ore", "h", "publicado",
        "publié", "publie", "veröffentlicht", "pubblicato", "actualizado", "atualizado", "mis", "à", "jour", "em", "en",
    };

    /// <summary>Parses a value that is meant to be a date (a meta tag, a datetime attribute): ISO first, then written forms.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return FromIso(trimmed) ?? Find(trimmed);
    }

    /// <summary>Finds the first written date inside a longer text ("Written by X on June 19, 2024").</summary>
    public static string? Find(string text)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success && FromIso(iso.Value) is { } isoValue)
        {
            return isoValue;
        }

        return FirstDate(MonthFirst(), text) ?? FirstDate(DayFirst(), text) ?? FirstDate(NumericDate(), text);
    }

    /// <summary>True when the text is nothing but a date, with weekday, time and a label around it ("Thu. Jul 18th, 2024", "Updated: 01:07 | 19 June 2024").</summary>
    public static bool IsDateOnly(string text)
    {
        if (text.Length > 80 || Find(text) is null)
        {
            return false;
        }

        var rest = IsoDate().Replace(text, " ");
        rest = MonthFirst().Replace(rest, m => IsDate(m) ? " " : m.Value);
        rest = DayFirst().Replace(rest, m => IsDate(m) ? " " : m.Value);
        rest = NumericDate().Replace(rest, m => IsDate(m) ? " " : m.Value);
        rest = ClockTime().Replace(rest, " ");
        return Word().Matches(rest).All(w => DateLineWords.Contains(w.Value) || IsTimeZone(w.Value));
    }

    /// <summary>A zone abbreviation such as AMT, IST or CEST.</summary>
    private static bool IsTimeZone(string word) => word.Length is 3 or 4 && word[^1] == 'T' && word.All(char.IsAsciiLetterUpper);

    private static string? FirstDate(Regex pattern, string text)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (Date(match) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static bool IsDate(Match match) => Date(match) is not null;

    private static string? Date(Match match) => Date(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value);

    private static string? FromIso(string value)
    {
        var match = IsoDateTime().Match(value);
        if (!match.Success)
        {
            return null;
        }

        if (!match.Groups["time"].Success)
        {
            return Date(match);
        }

        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (match.Groups["zone"].Success && DateTimeOffset.TryParse(match.Value, CultureInfo.InvariantCulture, styles, out var withZone))
        {
            return withZone.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        return DateTime.TryParse(match.Value, CultureInfo.InvariantCulture, styles, out var local)
            ? local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            : Date(match);
    }

    private static string? Date(string year, string month, string day)
    {
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        var m = int.TryParse(month, CultureInfo.InvariantCulture, out var numeric) ? numeric : Months.GetValueOrDefault(month.TrimEnd('.'));
        if (y < 1900 || y > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["jan", "january", "janvier", "janv", "januar", "jän", "enero", "ene", "janeiro", "gennaio", "gen", "januari"],
            ["feb", "february", "février", "fevrier", "févr", "fevr", "februar", "febrero", "fevereiro", "fev", "febbraio", "februari"],
            ["mar", "march", "mars", "märz", "marz", "marzo", "março", "marco", "maart", "mrt"],
            ["apr", "april", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maio", "maggio", "mag", "mei"],
            ["jun", "june", "juin", "juni", "junio", "junho", "giugno", "giu"],
            ["jul", "july", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug"],
            ["aug", "august", "août", "aout", "agosto", "ago", "augustus"],
            ["sep", "sept", "september", "septembre", "septiembre", "setembro", "set", "settembre"],
            ["oct", "october", "octobre", "oktober", "okt", "octubre", "outubro", "out", "ottobre", "ott"],
            ["nov", "november", "novembre", "noviembre", "novembro"],
            ["dec", "december", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dezembro", "dicembre"],
        ];
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                months[name] = i + 1;
            }
        }

        return months;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?<time>[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(?<zone>\s*(Z|[+-]\d{2}:?\d{2}))?)?")]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b")]
    private static partial Regex IsoDate();

    // "June 19, 2024", "Jun20,2024", "Jul 18th, 2024", "Sept. 3 2024"
    [GeneratedRegex(@"\b(?<m>\p{L}{3,10}\.?)\s*(?<d>\d{1,2})(st|nd|rd|th)?,?\s*(?<y>\d{4})\b")]
    private static partial Regex MonthFirst();

    // "19 June 2024", "19. Juni 2024", "22 de outubro de 2010", "1er juin 2024"
    [GeneratedRegex(@"\b(?<d>\d{1,2})(st|nd|rd|th|er|º|°)?\.?\s+(de\s+)?(?<m>\p{L}{3,10}\.?),?\s+(de\s+|del\s+)?(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    // "19.06.2024" (day first, as written where dots are used), "2024/06/19"
    [GeneratedRegex(@"\b((?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})|(?<y>\d{4})/(?<m>\d{1,2})/(?<d>\d{1,2}))\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b\d{1,2}[:.h]\d{2}([:.]\d{2})?\b|\b\d{1,2}\s*(am|pm|a\.m\.|p\.m\.)")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\p{L}+|\d+")]
    private static partial Regex Word();
}
