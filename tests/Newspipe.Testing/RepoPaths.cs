namespace Newspipe.Testing;

/// <summary>Where the repository and the shared test data (../shared beside the repo) are.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> root = new(FindRoot);

    public static string Root => root.Value;

    /// <summary>The shared folder beside the repository, or NEWSPIPE_SHARED when set.</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("NEWSPIPE_SHARED") is { Length: > 0 } shared
            ? Path.GetFullPath(shared)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string GoldenSeeds => Path.Combine(Shared, "golden", "seeds.json");

    public static string ExtractionBenchmark => Path.Combine(Shared, "data", "article-extraction-benchmark");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Newspipe.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Newspipe.slnx not found above {AppContext.BaseDirectory}");
    }
}
