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

    /// <summary>
    /// The built assembly <paramref name="file"/> of the project in <paramref name="project"/> (relative to the root),
    /// in the configuration this test assembly was built in.
    /// </summary>
    public static string BuiltAssembly(string project, string file)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var path = Path.Combine(Root, project, "bin", configuration, "net10.0", file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{project} is not built", path);
    }

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
