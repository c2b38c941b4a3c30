using System.Diagnostics;
using System.Globalization;
using System.Text;
using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary>Drops every hostile input into a running pipeline's inbox and waits for what each becomes.</summary>
internal static class HostileInputRun
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task<IReadOnlyList<HostileRow>> RunAsync(IReadOnlyList<HostileInput> inputs, string inbox, TestStore reader)
    {
        var clock = Stopwatch.StartNew();
        var dropped = new Dictionary<HostileInput, double>();
        var drops = new List<Task>();
        foreach (var input in inputs)
        {
            dropped[input] = clock.Elapsed.TotalSeconds;
            drops.Add(input.DropAsync(inbox));
        }

        var rows = new Dictionary<HostileInput, HostileRow>();
        while (rows.Count < inputs.Count(i => i.Expected != HostileOutcome.Nothing) && clock.Elapsed < Patience)
        {
            await Task.Delay(500);
            var seen = await SeenAsync(reader);
            foreach (var input in inputs.Where(i => !rows.ContainsKey(i) && i.Expected != HostileOutcome.Nothing))
            {
                if (await ObserveAsync(input, reader, seen) is { } outcome)
                {
                    rows[input] = new HostileRow(input.Input, outcome.Text, clock.Elapsed.TotalSeconds - dropped[input], outcome.AsExpected);
                }
            }
        }

        await Task.WhenAll(drops);
        var last = await SeenAsync(reader);
        foreach (var input in inputs.Where(i => !rows.ContainsKey(i)))
        {
            var seen = await ObserveAsync(input, reader, last);
            rows[input] = input.Expected == HostileOutcome.Nothing && seen is null
                ? new HostileRow(input.Input, "nothing: gone before it was read", clock.Elapsed.TotalSeconds - dropped[input], true)
                : new HostileRow(input.Input, seen?.Text ?? "no outcome in time", clock.Elapsed.TotalSeconds - dropped[input], false);
        }

        return inputs.Select(i => rows[i]).ToList();
    }

    public static string Table(string title, IReadOnlyList<HostileRow> rows)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{title}");
        table.AppendLine(CultureInfo.InvariantCulture, $"{"input",-38} {"ok",-3} {"seconds",7}  outcome");
        foreach (var row in rows)
        {
            var outcome = row.Outcome.ReplaceLineEndings("\\n");
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{row.Input,-38} {(row.AsExpected ? "yes" : "NO"),-3} {row.Seconds,7:0.0}  {(outcome.Length > 110 ? outcome[..110] + "…" : outcome)}");
        }

        return table.ToString();
    }

    /// <summary>Writes a report where scripts/test.sh prints it (NEWSPIPE_REPORTS), as well as to the test's output.</summary>
    public static void Report(string name, string text)
    {
        if (Environment.GetEnvironmentVariable("NEWSPIPE_REPORTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".txt"), text);
        }
    }

    // One look at the store per poll, shared by every input still waiting.
    private static async Task<(IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<FailureRecord> Failures)> SeenAsync(TestStore reader) =>
        (await reader.Store.ListAsync(10_000, CancellationToken.None),
            await reader.Failures.ListAsync(new FailureQuery(Status: null, PageSize: FailureQuery.MaxPageSize), CancellationToken.None));

    private static async Task<(string Text, bool AsExpected)?> ObserveAsync(
        HostileInput input, TestStore reader, (IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<FailureRecord> Failures) seen)
    {
        if (seen.Articles.FirstOrDefault(a => a.SourceName == input.SourceName) is { } summary)
        {
            var article = await reader.Store.FindAsync(summary.Id.ToString(), CancellationToken.None);
            var record = article!.Record;
            var correct = $"{record.Title}\n{record.Text}\n{record.NotesJson}".Contains(input.Detail, StringComparison.Ordinal);
            var notes = record.NotesJson is null ? "" : $"; notes {record.NotesJson}";
            return ($"stored: \"{Cut(record.Title, 40)}\", {record.Text.Length:N0} chars{notes}", input.Expected == HostileOutcome.Stored && correct);
        }

        if (seen.Failures.FirstOrDefault(f => f.SourceName == input.SourceName) is { } failure)
        {
            var correct = failure.Reason.Contains(input.Detail, StringComparison.Ordinal)
                && failure.Reason.Contains(input.SourceName, StringComparison.Ordinal);
            return ($"failed in {failure.Stage}: {failure.Reason}", input.Expected == HostileOutcome.Failed && correct);
        }

        return null;
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..length] + "…" : text;
}
