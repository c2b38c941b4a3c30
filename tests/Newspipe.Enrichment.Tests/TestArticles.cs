using System.Text.Json;
using Newspipe.Testing;

namespace Newspipe.Enrichment.Tests;

/// <summary>The seed articles with their golden expectations, and the fixtures written for these tests.</summary>
internal static class TestArticles
{
    private static readonly Lazy<IReadOnlyList<GoldenSeed>> seeds = new(LoadSeeds);

    public static IReadOnlyList<GoldenSeed> Seeds => seeds.Value;

    public static GoldenSeed Seed(string fileName) => Seeds.Single(s => s.FileName == fileName);

    public static TheoryData<string> SeedFiles()
    {
        var files = new TheoryData<string>();
        foreach (var seed in Seeds)
        {
            files.Add(seed.FileName);
        }

        return files;
    }

    /// <summary>Fixture articles: first line "Title: ...", then the body.</summary>
    public static IReadOnlyList<(string Name, string Title, string Text)> Unrelated() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Unrelated"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var lines = File.ReadAllText(path).Split('\n', 2);
                return (Path.GetFileNameWithoutExtension(path), lines[0]["Title:".Length..].Trim(), lines[1].Trim());
            })
            .ToList();

    private static IReadOnlyList<GoldenSeed> LoadSeeds()
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(RepoPaths.GoldenSeeds));
        var seedsFound = new List<GoldenSeed>();
        foreach (var document in golden.RootElement.GetProperty("documents").EnumerateObject())
        {
            var value = document.Value;
            var entities = value.GetProperty("entities").EnumerateArray().Select(e => new GoldenEntity(
                e.GetProperty("name").GetString()!,
                ParseType(e.GetProperty("type").GetString()!),
                Strings(e, "aliases"),
                Strings(e, "distinct"))).ToList();
            var quotes = value.GetProperty("quotes").EnumerateArray().Select(q => new GoldenQuote(
                q.GetProperty("speaker").GetString()!, q.GetProperty("contains").GetString()!)).ToList();
            seedsFound.Add(new GoldenSeed(
                document.Name,
                value.GetProperty("title").GetString()!,
                File.ReadAllText(Path.Combine(RepoPaths.Seeds, document.Name)),
                entities,
                quotes));
        }

        return seedsFound;
    }

    private static IReadOnlyList<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : [];

    public static EntityType ParseType(string type) => type switch
    {
        "PERSON" => EntityType.Person,
        "ORGANIZATION" => EntityType.Organization,
        "LOCATION" => EntityType.Location,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };
}

internal sealed record GoldenSeed(string FileName, string Title, string Text, IReadOnlyList<GoldenEntity> Entities, IReadOnlyList<GoldenQuote> Quotes);

internal sealed record GoldenEntity(string Name, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Distinct);

internal sealed record GoldenQuote(string Speaker, string Contains);
