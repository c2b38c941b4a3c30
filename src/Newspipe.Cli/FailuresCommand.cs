using System.CommandLine;

namespace Newspipe.Cli;

/// <summary><c>newspipe failures list</c>: what could not be processed, and why.</summary>
internal static class FailuresCommand
{
    public static Command Create()
    {
        var data = CliOptions.Data();
        var json = CliOptions.Json();
        var list = new Command("list", "List failures, newest first.") { data, json };
        list.SetAction(async (result, ct) =>
        {
            var store = await StoreAccess.OpenAsync(result.GetValue(data)!, ct);
            var failures = await store.ListFailuresAsync(500, ct);
            foreach (var failure in failures)
            {
                if (result.GetValue(json))
                {
                    CliJson.WriteLine(failure);
                }
                else
                {
                    Console.WriteLine($"{failure.FailedAt:u}  {failure.Stage,-7} {failure.SourceName}: {failure.Reason}");
                }
            }

            if (!result.GetValue(json))
            {
                Console.WriteLine($"{failures.Count} failure(s)");
            }

            return 0;
        });
        return new Command("failures", "What failed, and why.") { list };
    }
}
