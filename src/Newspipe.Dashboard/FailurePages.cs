using System.Globalization;
using System.Text;
using Newspipe.Storage;

namespace Newspipe.Dashboard;

/// <summary>
/// The failures page: the groups with their counts, then each failure with its reason, attempts, repeat count,
/// stack trace and message body, and buttons to replay or archive one, a group, or a stage (plain forms, no script).
/// </summary>
internal static class FailurePages
{

    public static string Failures(
        IReadOnlyList<FailureGroup> groups,
        IReadOnlyList<FailureRecord> failures,
        FailureStatus? status,
        string? notice,
        (string Field, string Value) antiforgery)
    {
        var html = DashboardPages.Page("Failures", refresh: false);
        html.Append(CultureInfo.InvariantCulture, $"<h1>Failures <span class=muted>({failures.Count} {E(status?.ToString().ToLowerInvariant() ?? "in all")})</span></h1>");
        html.Append("<p>Show: <a href=\"/failures\">unresolved</a> · <a href=\"/failures?status=Archived\">archived</a> · <a href=\"/failures?status=Resolved\">resolved</a> · <a href=\"/failures?status=Replayed\">replayed</a></p>");
        if (notice is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=muted id=notice>{E(notice)}</p>");
        }

        if (status == FailureStatus.Unresolved && groups.Count > 0)
        {
            AppendGroups(html, groups, antiforgery);
        }

        html.Append("<h2>Failures</h2><table id=failures><tr><th>Last failed (UTC)</th><th>Stage</th><th>Source</th><th>Reason</th><th>Attempts</th><th>Repeats</th><th></th></tr>");
        foreach (var failure in failures)
        {
            AppendFailure(html, failure, antiforgery);
        }

        return DashboardPages.End(html.Append("</table>"));
    }

    private static void AppendGroups(StringBuilder html, IReadOnlyList<FailureGroup> groups, (string Field, string Value) token)
    {
        html.Append("<h2>Groups</h2><table id=groups><tr><th>Group</th><th>Failures</th><th>Last (UTC)</th><th></th></tr>");
        foreach (var group in groups)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(group.Title)} <code class=muted>{E(group.Key)}</code></td><td>{group.Count}</td><td>{group.LastFailedAt:u}</td><td>")
                .Append(Button(token, "replay", "group", group.Key, "Replay group"))
                .Append(Button(token, "archive", "group", group.Key, "Archive group"))
                .Append(Button(token, "replay", "stage", group.Stage, $"Replay all of {group.Stage}"))
                .Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendFailure(StringBuilder html, FailureRecord f, (string Field, string Value) token)
    {
        html.Append(CultureInfo.InvariantCulture,
            $"<tr data-failure=\"{f.Id}\"><td>{f.LastFailedAt:u}</td><td>{E(f.Stage)}</td><td>{E(f.SourceName)}<br><code class=muted>{DashboardPages.Short(f.Id)}</code></td>");
        html.Append(CultureInfo.InvariantCulture, $"<td class=bad>{E(f.Reason)}");
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>details</summary><p>{E(f.ExceptionType)} · {E(f.GroupTitle)} · trace {E(f.TraceId)} · {E(f.Process)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<pre>{E(f.StackTrace)}</pre><pre>{E(f.Payload ?? $"file: failed/{f.FailedFile}")}</pre></details></td>");
        html.Append(CultureInfo.InvariantCulture, $"<td>{f.Attempts}</td><td>{f.RepeatCount}</td><td>");
        html.Append(f.Status switch
        {
            FailureStatus.Unresolved => Button(token, "replay", "id", f.Id.ToString(), "Replay") + Button(token, "archive", "id", f.Id.ToString(), "Archive"),
            FailureStatus.Archived => Button(token, "unarchive", "id", f.Id.ToString(), "Unarchive"),
            _ => E(f.Status.ToString()),
        });
        html.Append("</td></tr>");
    }

    private static string Button((string Field, string Value) token, string action, string field, string value, string label) =>
        $"<form method=post action=\"/failures/{action}\"><input type=hidden name=\"{E(token.Field)}\" value=\"{E(token.Value)}\"><input type=hidden name=\"{field}\" value=\"{E(value)}\"><button>{E(label)}</button></form>";

    private static string E(string? text) => DashboardPages.E(text);
}
