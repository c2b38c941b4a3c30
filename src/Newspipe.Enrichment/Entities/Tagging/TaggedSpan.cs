namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>Words [Start, End) of a sentence tagged as one entity of Type (0 PER, 1 ORG, 2 LOC, 3 MISC).</summary>
internal readonly record struct TaggedSpan(int Start, int End, int Type)
{
    /// <summary>The entities of an IOB2 tag sequence; a stray "I-X" starts an entity too.</summary>
    public static List<TaggedSpan> From(IReadOnlyList<int> tags)
    {
        var spans = new List<TaggedSpan>();
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : NerTags.Outside;
            var continues = NerTags.IsInside(tag) && start >= 0 && NerTags.TypeOf(tags[start]) == NerTags.TypeOf(tag);
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                spans.Add(new TaggedSpan(start, i, NerTags.TypeOf(tags[start])));
            }

            start = tag == NerTags.Outside ? -1 : i;
        }

        return spans;
    }
}
