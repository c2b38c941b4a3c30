using System.Text.Json;

namespace Newspipe.Testing;

/// <summary>The expected results for the seed articles (shared/golden/seeds.json), by seed file name.</summary>
public static class GoldenSeeds
{
    private static readonly Lazy<JsonDocument> golden = new(() => JsonDocument.Parse(File.ReadAllText(RepoPaths.GoldenSeeds)));

    public static IReadOnlyList<string> Files => Documents.EnumerateObject().Select(d => d.Name).ToList();

    public static string Title(string file) => Documents.GetProperty(file).GetProperty("title").GetString()!;

    public static IReadOnlyList<string> Titles => Files.Select(Title).ToList();

    public static string SeedPath(string file) => Path.Combine(RepoPaths.Seeds, file);

    private static JsonElement Documents => golden.Value.RootElement.GetProperty("documents");
}
