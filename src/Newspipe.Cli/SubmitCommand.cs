using System.CommandLine;

namespace Newspipe.Cli;

/// <summary><c>newspipe submit PATH...</c>: puts files or whole folders into the inbox, each appearing there complete.</summary>
internal static class SubmitCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (taken recursively).", Arity = ArgumentArity.OneOrMore };
        var inbox = new Option<string>("--inbox") { Description = "The watched folder.", DefaultValueFactory = _ => "inbox" };
        var command = new Command("submit", "Put files or folders into the pipeline's inbox.") { paths, inbox };
        command.SetAction(result =>
        {
            var target = Path.GetFullPath(result.GetValue(inbox)!);
            Directory.CreateDirectory(target);
            var submitted = 0;
            var missing = 0;
            foreach (var path in result.GetValue(paths)!)
            {
                if (Directory.Exists(path))
                {
                    var root = Path.GetFullPath(path);
                    foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                    {
                        Submit(file, Path.Combine(target, Path.GetFileName(root), Path.GetRelativePath(root, file)));
                        submitted++;
                    }
                }
                else if (File.Exists(path))
                {
                    Submit(path, Path.Combine(target, Path.GetFileName(path)));
                    submitted++;
                }
                else
                {
                    Console.Error.WriteLine($"{path}: no such file or folder");
                    missing++;
                }
            }

            Console.WriteLine($"submitted {submitted} file(s) to {target}");
            return missing == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>Copies under a temporary name the inbox ignores, then renames: the inbox never sees half a file.</summary>
    private static void Submit(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var unique = destination;
        for (var n = 1; File.Exists(unique); n++)
        {
            unique = Path.Combine(Path.GetDirectoryName(destination)!, $"{Path.GetFileNameWithoutExtension(destination)} ({n}){Path.GetExtension(destination)}");
        }

        var temporary = unique + ".part";
        File.Copy(source, temporary, overwrite: true);
        File.Move(temporary, unique);
    }
}
