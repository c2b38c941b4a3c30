using Newspipe.Enrichment.Entities.Tagging;

namespace Newspipe.NerTraining;

/// <summary>
/// Reads CoNLL-2003 files: one word a line with its tag last ("EU NNP B-NP B-ORG"), a blank line between sentences,
/// "-DOCSTART-" between documents. IOB1 tags ("I-X" opening an entity) are read as IOB2.
/// </summary>
internal static class ConllReader
{
    public static List<ConllDocument> Read(string path) => Read(File.ReadLines(path));

    public static List<ConllDocument> Read(IEnumerable<string> lines)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<int>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                CloseSentence();
                CloseDocument();
                continue;
            }

            if (line.Length == 0)
            {
                CloseSentence();
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var tag = fields[^1];
            if (tag.StartsWith("I-", StringComparison.Ordinal) && (tags.Count == 0 || tags[^1] == NerTags.Outside || NerTags.Names[tags[^1]][2..] != tag[2..]))
            {
                tag = "B-" + tag[2..];
            }

            words.Add(WordShape.Normalize(fields[0]));
            tags.Add(NerTags.Parse(tag));
        }

        CloseSentence();
        CloseDocument();
        return documents;

        void CloseSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
        }

        void CloseDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument([.. sentences]));
                sentences = [];
            }
        }
    }
}
