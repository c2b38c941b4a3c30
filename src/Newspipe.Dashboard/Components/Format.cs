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

    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
