using System.Globalization;

namespace Newspipe.Dashboard.Components;

/// <summary>How the pages write ids, times and durations.</summary>
internal static class Format
{
    public static string Short(Guid id) => id.ToString()[..8];

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? utc) => utc?.UtcDateTime.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "—";

    public static string Millis(TimeSpan span) => span.TotalMilliseconds.ToString(span.TotalMilliseconds < 10 ? "0.00 ms" : "0 ms", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => (Math.Clamp(fraction, 0, 1) * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>A wait in seconds, as "12.5 s", "4 min 05 s" or "2 h 03 min"; "—" when unknown.</summary>
    public static string Age(double? seconds) => seconds switch
    {
        null => "—",
        < 60 => seconds.Value.ToString("0.# s", CultureInfo.InvariantCulture),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds.Value / 60)} min {(int)(seconds.Value % 60):00} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds.Value / 3600)} h {(int)(seconds.Value % 3600 / 60):00} min"),
    };

    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
