using System.CommandLine;
using Newspipe.Cli;

var root = new RootCommand("Newspipe: drop news articles into a folder, get them cleaned, enriched and stored.")
{
    RunCommand.Create(),
    ArticlesCommand.Create(),
    ExtractCommand.Create(),
    AnalyzeCommand.Create(),
    FailuresCommand.Create(),
    SubmitCommand.Create(),
    BenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
