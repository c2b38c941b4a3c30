using System.Security.Cryptography;
using System.Text;

namespace Newspipe.Storage;

/// <summary>
/// Groups failures as ServicePulse does: by stage, exception type and the place in our code that threw (the first
/// Newspipe stack frame, without line numbers), so one cause shows as one group however many articles it hit.
/// </summary>
internal static class FailureGrouping
{
    public static (string Key, string Title) For(string stage, string? exceptionType, string? stackTrace, string reason)
    {
        var type = exceptionType ?? "no exception";
        var place = Place(stackTrace) ?? Shape(reason);
        var title = $"{stage} · {ShortName(type)} · {place}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{stage}\n{type}\n{place}"));
        return (Convert.ToHexStringLower(hash)[..12], title);
    }

    private static string? Place(string? stackTrace)
    {
        if (string.IsNullOrEmpty(stackTrace))
        {
            return null;
        }

        string? first = null;
        foreach (var raw in stackTrace.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith("at ", StringComparison.Ordinal))
            {
                continue;
            }

            var frame = line[3..];
            var fileMark = frame.IndexOf(" in ", StringComparison.Ordinal);
            frame = fileMark > 0 ? frame[..fileMark] : frame;
            first ??= frame;
            if (frame.StartsWith("Newspipe.", StringComparison.Ordinal))
            {
                return frame;
            }
        }

        return first;
    }

    // A reason with its numbers blanked, so "is 30,000,000 bytes" and "is 25,000,000 bytes" meet.
    private static string Shape(string reason)
    {
        var shape = new StringBuilder(reason.Length);
        foreach (var c in reason)
        {
            if (char.IsDigit(c))
            {
                if (shape.Length == 0 || shape[^1] != '#')
                {
                    shape.Append('#');
                }
            }
            else if (!(c is ',' or '.' && shape.Length > 0 && shape[^1] == '#'))
            {
                shape.Append(c);
            }
        }

        return shape.Length > 120 ? shape.ToString(0, 120) : shape.ToString();
    }

    private static string ShortName(string type) => type[(type.LastIndexOf('.') + 1)..];
}
