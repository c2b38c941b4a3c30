namespace Newspipe.Enrichment.Lexicon;

/// <summary>Reads the word lists embedded in this assembly (Resources/*.txt), skipping comments and blank lines.</summary>
internal static class ResourceText
{
    public static IEnumerable<string> Lines(string fileName)
    {
        var name = "Newspipe.Enrichment.Resources." + fileName;
        using var stream = typeof(ResourceText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    public static IEnumerable<string> Words(string fileName) =>
        Lines(fileName).SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
