using System.Text.Encodings.Web;
using System.Text.Json;

namespace Newspipe.Storage;

/// <summary>
/// The spellings column of <see cref="ArticleEntityRecord"/>: a JSON array searched with a plain text match, so
/// letters are written as they are (not <c>\u</c>-escaped) and one spelling is found as its quoted JSON string.
/// </summary>
internal static class EntitySpellings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<string> spellings) => JsonSerializer.Serialize(spellings.Distinct(StringComparer.Ordinal), Json);

    public static IReadOnlyList<string> Read(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];

    /// <summary>How one spelling appears inside the column.</summary>
    public static string Quoted(string spelling) => JsonSerializer.Serialize(spelling, Json);
}
