using System.CommandLine;
using Newspipe.Cli;

var root = new RootCommand("Newspipe: drop news articles into a folder, get them cleaned, enriched and stored.")
{
    RunCommand.Create(),
    ArticlesCommand.Create(),
    EntitiesCommand.Create(),
    StoriesCommand.Create(),
    ExtractCommand.Create(),
    AnalyzeCommand.Create(),
    FailuresCommand.Create(),
    SubmitCommand.Create(),
    BenchCommand.Create(),
};
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (StoreNotFoundException missing)
{
    Console.Error.WriteLine(missing.Message);
    return 2;
}
