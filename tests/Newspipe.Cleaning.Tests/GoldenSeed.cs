using System.Text.Json;
using Newspipe.Testing;

namespace Newspipe.Cleaning.Tests;

/// <summary>One seed's expectations from golden/seeds.json.</summary>
public sealed record GoldenSeed(
    string File,
    string? Title,
    string? Author,
    string? Published,
    string? Outlet,
    IReadOnlyList<string> MustKeep,
    IReadOnlyList<string> MustDrop,
    IReadOnlyList<string> ShouldDrop)
{
    private static readonly Lazy<IReadOnlyDictionary<string, GoldenSeed>> all = new(Load);

    public static IReadOnlyDictionary<string, GoldenSeed> All => all.Value;

    public string ReadContent() => System.IO.File.ReadAllText(Path.Combine(RepoPaths.Seeds, File));

    public override string ToString() => File;

    private static IReadOnlyDictionary<string, GoldenSeed> Load()
    {
        using var golden = JsonDocument.Parse(System.IO.File.ReadAllText(RepoPaths.GoldenSeeds));
        var seeds = new Dictionary<string, GoldenSeed>(StringComparer.Ordinal);
        foreach (var document in golden.RootElement.GetProperty("documents").EnumerateObject())
        {
            var value = document.Value;
            seeds[document.Name] = new GoldenSeed(
                document.Name,
                Text(value, "title"),
                Text(value, "author"),
                Text(value, "published"),
                Text(value, "outlet"),
                List(value, "must_keep"),
                List(value, "must_drop"),
                List(value, "should_drop"));
        }

        return seeds;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static List<string> List(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.EnumerateArray().Select(v => v.GetString()!).ToList() : [];
}
