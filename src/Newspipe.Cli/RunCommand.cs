using System.CommandLine;

namespace Newspipe.Cli;

/// <summary><c>newspipe run</c>: the whole pipeline in this process (in-memory transport, SQLite, dashboard).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var inbox = new Option<string>("--inbox") { Description = "Folder to watch (created if missing).", DefaultValueFactory = _ => "inbox" };
        var data = CliOptions.Data();
        // The embedded host always keeps its store in SQLite under --data, whatever Store__Provider says.
        data.Description = "Folder of the embedded store (SQLite), created if missing.";
        var seeds = new Option<string?>("--seeds")
        {
            Description = "Folder whose files are dropped into the inbox on first start (default: ./seeds when it exists).",
        };
        var noSeeds = new Option<bool>("--no-seeds") { Description = "Do not ingest the seed articles on first start." };
        var urls = new Option<string>("--urls") { Description = "Where the dashboard listens.", DefaultValueFactory = _ => "http://127.0.0.1:5180" };

        var command = new Command("run", "Run every stage in this process, watching the inbox, with the dashboard.")
        {
            inbox, data, seeds, noSeeds, urls,
        };
        command.SetAction((result, cancellationToken) => EmbeddedPipeline.RunAsync(
            new EmbeddedSettings(
                Path.GetFullPath(result.GetValue(inbox)!),
                Path.GetFullPath(result.GetValue(data)!),
                result.GetValue(noSeeds) ? null : result.GetValue(seeds) ?? (Directory.Exists("seeds") ? "seeds" : null),
                result.GetValue(urls)!),
            cancellationToken));
        return command;
    }
}
