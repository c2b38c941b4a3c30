using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Quotes;

/// <summary>
/// Finds who said each quotation: the person (or, failing that, the organisation) that is the subject or object of a
/// speech verb next to it ("...," Putin said / said Easley / X said: "..." / according to X), he or she for the latest
/// person quoted, and the previous speaker for a quotation that simply carries on.
/// </summary>
internal static class QuoteAttributor
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "saying", "told", "tells", "added", "adding", "stressed", "declared", "declaring", "wrote", "writes",
        "tweeted", "explained", "argued", "insisted", "noted", "acknowledged", "admitted", "recalled", "replied", "warned",
        "continued", "asked", "stated", "stating", "urged", "claimed", "claims", "confirmed", "announced", "emphasized",
        "emphasised", "observed", "remarked", "posted", "quipped", "conceded", "countered", "according", "praising", "calling",
        "described", "called", "believes", "reported",
    };

    // Verbs whose speaker may follow them ("said Easley"); after the others comes the listener or the subject of talk.
    private static readonly HashSet<string> InvertibleVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "wrote", "asked", "stated", "declared", "explained", "noted", "continued", "tweeted", "replied",
        "stressed", "insisted", "argued", "recalled", "warned", "observed", "remarked", "quipped", "conceded", "countered",
        "acknowledged", "admitted", "claimed", "confirmed", "announced", "urged", "emphasized", "emphasised",
    };

    // A name right after one of these is an object ("called Putin", "met with Kim"), not the one speaking.
    private static readonly HashSet<string> ObjectMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "to", "by", "for", "alongside", "of", "about", "on", "against", "from", "called", "thanked", "met", "greeted",
        "urged", "praised", "criticized", "criticised", "named", "and", "host", "as", "invited", "told", "asked",
    };

    private const int MaxSubjectDistance = 30;

    public static List<Quote> Attribute(TokenizedText text, IReadOnlyList<QuotedSpan> spans, IReadOnlyList<EntityMention> entities)
    {
        var tokens = text.Tokens;
        var inside = new bool[tokens.Count];
        foreach (var part in spans.SelectMany(s => s.Parts))
        {
            for (var t = text.TokenAt(part.Start.Value); t < tokens.Count && tokens[t].Start < part.End.Value; t++)
            {
                inside[t] = true;
            }
        }

        var entityAt = new int[tokens.Count];
        Array.Fill(entityAt, -1);
        for (var e = 0; e < entities.Count; e++)
        {
            for (var t = text.TokenAt(entities[e].Start); t < tokens.Count && tokens[t].Start < entities[e].End; t++)
            {
                entityAt[t] = e;
            }
        }

        var context = new AttributionContext(text, inside, entityAt, entities);
        var quotes = new List<Quote>();
        (int Paragraph, string Speaker)? previous = null;
        foreach (var span in spans)
        {
            var first = text.TokenAt(span.Start);
            var last = Math.Max(first, text.TokenAt(span.End) - 1);
            if (first >= tokens.Count)
            {
                continue;
            }

            var words = CountWords(text, span);
            var speaker = context.FindSpeaker(first, last);
            var paragraph = tokens[first].Paragraph;
            if (speaker is null && previous is { } before && words >= 3
                && (before.Paragraph == paragraph || before.Paragraph == paragraph - 1 && context.FillsParagraph(first, last)))
            {
                // A quotation that carries on the previous speaker's words.
                speaker = before.Speaker;
            }

            if (speaker is null)
            {
                continue;
            }

            quotes.Add(new Quote(speaker, QuoteText(text.Text, span), span.Start, span.End));
            previous = (tokens[last].Paragraph, speaker);
        }

        return quotes;
    }

    private static int CountWords(TokenizedText text, QuotedSpan span) =>
        span.Parts.Sum(p => text.Text.AsSpan(p.Start.Value, p.End.Value - p.Start.Value).Count(' ') + 1);

    private static string QuoteText(string text, QuotedSpan span) =>
        string.Join("\n\n", span.Parts.Select(p => text[p].Trim()));

    private sealed class AttributionContext(TokenizedText text, bool[] inside, int[] entityAt, IReadOnlyList<EntityMention> entities)
    {
        private string? lastPersonSpeaker;

        public string? FindSpeaker(int first, int last)
        {
            var tokens = text.Tokens;
            var from = text.Sentences[tokens[first].Sentence].FirstToken;
            var to = text.Sentences[tokens[last].Sentence].EndToken;
            (string Name, bool IsPerson, int Distance)? best = null;
            for (var v = from; v < to; v++)
            {
                if (inside[v] || !SpeechVerbs.Contains(tokens[v].Text))
                {
                    continue;
                }

                var lowerBound = v > last ? last + 1 : from;
                if (SpeakerOfVerb(v, lowerBound, to, first) is not { } found)
                {
                    continue;
                }

                var distance = v > last ? v - last : first - v;
                if (best is null || found.IsPerson && !best.Value.IsPerson || found.IsPerson == best.Value.IsPerson && distance < best.Value.Distance)
                {
                    best = (found.Name, found.IsPerson, distance);
                }
            }

            if (best is { IsPerson: true } person)
            {
                lastPersonSpeaker = person.Name;
            }

            return best?.Name;
        }

        /// <summary>Nothing but punctuation stands outside the quotation in its paragraph.</summary>
        public bool FillsParagraph(int first, int last)
        {
            var tokens = text.Tokens;
            var paragraph = tokens[first].Paragraph;
            for (var t = first - 1; t >= 0 && tokens[t].Paragraph == paragraph; t--)
            {
                if (tokens[t].IsWord && !inside[t])
                {
                    return false;
                }
            }

            for (var t = last + 1; t < tokens.Count && tokens[t].Paragraph == paragraph; t++)
            {
                if (tokens[t].IsWord && !inside[t])
                {
                    return false;
                }
            }

            return true;
        }

        private (string Name, bool IsPerson)? SpeakerOfVerb(int verb, int lowerBound, int sentenceEnd, int quoteStart)
        {
            var tokens = text.Tokens;

            // "according to X"
            if (tokens[verb].Is("according"))
            {
                for (var t = verb + 2; t < Math.Min(sentenceEnd, verb + 5); t++)
                {
                    if (!inside[t] && entityAt[t] >= 0 && entities[entityAt[t]].Type != EntityType.Location)
                    {
                        return Speaker(entities[entityAt[t]]);
                    }
                }

                return null;
            }

            // "said Easley", "said he"; but "told AFP" names the listener.
            if (InvertibleVerbs.Contains(tokens[verb].Text) && verb + 1 < sentenceEnd && !inside[verb + 1])
            {
                var next = verb + 1;
                if (entityAt[next] >= 0 && entities[entityAt[next]].Type != EntityType.Location)
                {
                    return Speaker(entities[entityAt[next]]);
                }

                if (IsPronoun(tokens[next]))
                {
                    return Pronoun(quoteStart);
                }
            }

            // The subject before the verb: the nearest person not in object position, else he/she, else any person, else an organisation.
            (string, bool)? organization = null;
            (string, bool)? objectPerson = null;
            for (var t = verb - 1; t >= lowerBound && verb - t <= MaxSubjectDistance; t--)
            {
                if (inside[t])
                {
                    continue;
                }

                if (entityAt[t] >= 0)
                {
                    var entity = entities[entityAt[t]];
                    if (entity.Type == EntityType.Person)
                    {
                        var before = text.TokenAt(entity.Start) - 1;
                        if (before < 0 || !ObjectMarkers.Contains(tokens[before].Text))
                        {
                            return Speaker(entity);
                        }

                        objectPerson ??= Speaker(entity);
                    }

                    if (entity.Type == EntityType.Organization)
                    {
                        organization ??= Speaker(entity);
                    }
                }
                else if (IsPronoun(tokens[t]))
                {
                    return Pronoun(quoteStart) ?? organization;
                }
            }

            return objectPerson ?? organization;
        }

        private (string, bool)? Pronoun(int quoteStart)
        {
            if (lastPersonSpeaker is not null)
            {
                return (lastPersonSpeaker, true);
            }

            var quoteOffset = text.Tokens[quoteStart].Start;
            var latest = entities.LastOrDefault(e => e.Type == EntityType.Person && e.End <= quoteOffset);
            return latest is null ? null : (latest.Canonical, true);
        }

        private static (string, bool) Speaker(EntityMention entity) => (entity.Canonical, entity.Type == EntityType.Person);

        private static bool IsPronoun(Token token) => token.Text is "he" or "she" or "He" or "She";
    }
}
