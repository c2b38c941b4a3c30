using System.Text.Json;
using Newspipe.Testing;

namespace Newspipe.Cleaning.Tests.Multilingual;

/// <summary>
/// One page of the multilingual extraction set (Fixtures/Multilingual/&lt;split&gt;/&lt;name&gt;.html) with its sidecar
/// &lt;name&gt;.json: sentences of the article that must be in the extracted text and page furniture that must not.
/// </summary>
public sealed record MultilingualPage(string Name, string Language, string Kind, string Html, IReadOnlyList<string> MustInclude, IReadOnlyList<string> MustExclude)
{
    public const string Tuning = "tuning";
    public const string HeldOut = "heldout";

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Newspipe.Cleaning.Tests", "Fixtures", "Multilingual");

    public static IReadOnlyList<MultilingualPage> LoadSplit(string split) =>
        Directory.GetFiles(Path.Combine(Folder, split), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public override string ToString() => Name;

    private static MultilingualPage Load(string sidecarPath)
    {
        using var sidecar = JsonDocument.Parse(File.ReadAllText(sidecarPath));
        var root = sidecar.RootElement;
        return new MultilingualPage(
            Path.GetFileNameWithoutExtension(sidecarPath),
            root.GetProperty("language").GetString()!,
            root.GetProperty("kind").GetString()!,
            File.ReadAllText(Path.ChangeExtension(sidecarPath, ".html")),
            Strings(root, "must_include"),
            Strings(root, "must_exclude"));
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(s => s.GetString()!).ToList();
}
