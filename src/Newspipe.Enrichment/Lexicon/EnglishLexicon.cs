namespace Newspipe.Enrichment.Lexicon;

/// <summary>Everyday English words: which ones are common (so a capital at a sentence start means nothing) and how telling each is.</summary>
internal sealed class EnglishLexicon
{
    private readonly Dictionary<string, int> documentFrequency;
    private readonly HashSet<string> stopWords;
    private readonly int sampleDocuments;

    private EnglishLexicon(Dictionary<string, int> documentFrequency, HashSet<string> stopWords, int sampleDocuments)
    {
        this.documentFrequency = documentFrequency;
        this.stopWords = stopWords;
        this.sampleDocuments = sampleDocuments;
    }

    public static EnglishLexicon Load()
    {
        var frequency = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var documents = 181;
        foreach (var line in ResourceText.Lines("common-words.txt"))
        {
            var space = line.LastIndexOf(' ');
            if (space > 0 && int.TryParse(line.AsSpan(space + 1), out var df))
            {
                frequency[line[..space]] = df;
                documents = Math.Max(documents, df);
            }
        }

        var stop = new HashSet<string>(ResourceText.Words("stop-words.txt"), StringComparer.OrdinalIgnoreCase);
        return new EnglishLexicon(frequency, stop, documents);
    }

    /// <summary>The word is seen written in lower case in ordinary news prose.</summary>
    public bool IsCommonWord(string word)
    {
        var normalized = Normalize(word);
        return documentFrequency.ContainsKey(normalized) || stopWords.Contains(normalized)
               || normalized.Length > 4 && normalized[^1] == 's' && documentFrequency.ContainsKey(normalized[..^1]);
    }

    public bool IsStopWord(string word) => stopWords.Contains(Normalize(word));

    /// <summary>Inverse document frequency: high for words rare in news, low for "said" or "year".</summary>
    public double Idf(string word)
    {
        documentFrequency.TryGetValue(Normalize(word), out var df);
        return Math.Log((sampleDocuments + 1.0) / (df + 1.0)) + 1.0;
    }

    private static string Normalize(string word) => word.Replace('’', '\'');
}
