using System.CommandLine;

namespace Newspipe.Cli;

/// <summary>Options several commands share, declared once so they mean the same everywhere.</summary>
internal static class CliOptions
{
    public const string DefaultDataDirectory = ".newspipe";

    public static Option<string> Data() => new("--data")
    {
        Description = "Folder of the embedded store (SQLite). Ignored when Store__Provider=Postgres is set in the environment.",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON lines instead of a table." };

    /// <summary>--limit N, N from 1 to 10,000.</summary>
    public static Option<int> Limit(int defaultValue)
    {
        var limit = new Option<int>("--limit") { Description = "How many at most, newest first.", DefaultValueFactory = _ => defaultValue };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                result.AddError("--limit must be between 1 and 10,000.");
            }
        });
        return limit;
    }

    /// <summary>--page N, from 1.</summary>
    public static Option<int> Page()
    {
        var page = new Option<int>("--page") { Description = "Which page, from 1.", DefaultValueFactory = _ => 1 };
        page.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--page starts at 1.");
            }
        });
        return page;
    }

    public static Argument<string[]> Files() => new("files")
    {
        Description = "Article files (.html, .htm, .txt, .md, .json).",
        Arity = ArgumentArity.OneOrMore,
    };
}
