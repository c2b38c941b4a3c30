using System.CommandLine;

namespace Newspipe.Cli;

/// <summary><c>newspipe extract FILE...</c>: the Clean stage on files, without the pipeline.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = CliOptions.Files();
        var format = new Option<string>("--format")
        {
            Description = "json: one object per line; text: the cleaned text alone.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");

        var command = new Command("extract", "Remove boilerplate and find title, author, date and outlet.") { files, format };
        command.SetAction(result =>
        {
            var failed = 0;
            foreach (var (file, _, article, error) in new FileArticles().Read(result.GetValue(files)!, raw: false))
            {
                if (article is null)
                {
                    Console.Error.WriteLine(error);
                    failed++;
                    continue;
                }

                if (result.GetValue(format) == "text")
                {
                    Console.WriteLine(article.Text);
                    Console.WriteLine();
                    continue;
                }

                CliJson.WriteLine(ExtractedArticle.From(file, article));
            }

            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
