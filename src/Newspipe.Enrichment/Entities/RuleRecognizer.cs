using Newspipe.Enrichment.Lexicon;
using Newspipe.Enrichment.Text;

namespace Newspipe.Enrichment.Entities;

/// <summary>
/// Finds person, organisation and location names in English news text: runs of capitalised words are cut at
/// titles and nationality adjectives, then typed by the gazetteer, by head words ("X University", "Ministry of X"),
/// by given names and by context ("President X", "X said", "X, a professor"); untyped names take the type
/// the same words have elsewhere in the article.
/// </summary>
internal sealed class RuleRecognizer(Gazetteer gazetteer, EnglishLexicon lexicon)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "on", "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "y", "&", "la", "al",
    };

    private static readonly HashSet<string> RunBreakers = new(StringComparer.Ordinal)
    {
        "By", "In", "On", "At", "The", "And", "Or", "To", "From", "With", "As", "A", "An", "Is", "Was", "But", "If", "So", "It",
        "He", "She", "We", "They", "This", "That", "Via", "Photo", "Credit",
    };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "added", "stressed", "declared", "wrote", "tweeted", "explained", "argued", "insisted", "noted",
        "acknowledged", "admitted", "recalled", "replied", "warned", "continued", "asked", "stated", "urged", "contended",
        "believes", "thinks", "announced", "confirmed", "emphasized", "emphasised", "posted", "countered", "conceded",
    };

    private static readonly HashSet<string> PrecedingSpeech = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "wrote", "asked", "explained", "noted", "tweeted", "stated", "declared",
    };

    // "the journal Nature", "Mistral AI, the Paris-based start-up"
    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.Ordinal)
    {
        "journal", "newspaper", "magazine", "daily", "tabloid", "broadcaster", "network", "channel", "website", "outlet",
        "company", "firm", "group", "agency", "party", "bank", "lender", "insurer", "startup", "start-up", "carrier", "airline",
        "maker", "manufacturer", "retailer", "chain", "club", "team", "university", "charity", "union", "conglomerate", "giant",
        "developer", "publisher", "studio", "label", "brand", "platform", "regulator", "watchdog", "ministry", "council",
        "court", "committee", "coalition", "militia", "band", "organisation", "organization", "institute", "think-tank",
        "automaker", "carmaker", "chipmaker", "operator", "provider", "subsidiary", "unit", "rival", "exchange", "fund",
    };

    private static readonly HashSet<string> PartyLabels = new(StringComparer.Ordinal)
    {
        "Republican", "Democrat", "Democratic", "Conservative", "Labour", "Liberal", "Socialist", "Communist",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "near", "outside", "across", "throughout", "inside",
    };

    public List<Mention> Recognize(TokenizedText text)
    {
        var mentions = new List<Mention>();
        var tokens = text.Tokens;
        foreach (var sentence in text.Sentences)
        {
            var t = sentence.FirstToken;
            while (t < sentence.EndToken)
            {
                if (!IsNameToken(tokens[t]))
                {
                    t++;
                    continue;
                }

                var end = ChunkEnd(tokens, t, sentence.EndToken);
                ProcessChunk(text, t, end, mentions);
                t = end;
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        AcronymDefinitions.Apply(text, mentions);
        PropagateTypes(mentions);
        mentions.RemoveAll(m => m.Type is null);
        return mentions;
    }

    private bool IsNameToken(Token token)
    {
        if (!token.IsWord || gazetteer.IsNeverName(token.Text))
        {
            return false;
        }

        if (char.IsUpper(token.Text[0]))
        {
            // "Jun20", "COVID19": words with digits are names only when listed ("G7").
            return !token.Text.Any(char.IsDigit) || gazetteer.IsKnownWord(token.Text);
        }

        // "al-Assad", "el-Sisi"
        return token.Text.Length > 3 && token.Text[2] == '-' && token.Text[..2] is "al" or "el" && char.IsUpper(token.Text[3]);
    }

    private int ChunkEnd(IReadOnlyList<Token> tokens, int start, int limit)
    {
        // A listed name may hold lower-case words: "Centers for Disease Control and Prevention".
        var end = start + Math.Max(1, LongestListedName(tokens, start, Math.Min(limit, start + gazetteer.LongestName)));
        while (end < limit)
        {
            var next = tokens[end];
            if (next.StartsParagraph)
            {
                break;
            }

            // A capitalised "By" or "In" inside a run starts a new name ("Natasha Kumar By Natasha Kumar").
            if (IsNameToken(next) && tokens[end - 1].End + 1 >= next.Start && !RunBreakers.Contains(next.Text))
            {
                end++;
                continue;
            }

            // "University of Oslo", "Secretary of State", "Institute for the Study of War" but not "Sean Jordan of the Eastern District".
            var joinsHere = next.Text is not ("of" or "for" or "on") || IsHeadOrTitle(tokens[end - 1].Text);
            if (joinsHere && next.IsWord && Connectors.Contains(next.Text) && end + 1 < limit && IsNameToken(tokens[end + 1]))
            {
                end += 2;
                continue;
            }

            if (joinsHere && next.Text is "of" or "for" or "on" && end + 2 < limit && tokens[end + 1].Text == "the" && IsNameToken(tokens[end + 2]))
            {
                end += 3;
                continue;
            }

            // "Bosnia and Herzegovina", "Ministry of Trade and Industry": "and" joins only inside a known or institutional name.
            if (next.Text == "and" && end + 1 < limit && IsNameToken(tokens[end + 1]))
            {
                var extended = ChunkEnd(tokens, end + 1, limit);
                var isInstitution = gazetteer.IsOrganizationWord(tokens[start].Text) && end - start >= 3
                                    || gazetteer.IsOrganizationWord(tokens[extended - 1].Text) && extended - start <= 6;
                if (isInstitution || gazetteer.Find(Span(tokens, start, extended)) is not null)
                {
                    end = extended;
                    continue;
                }
            }

            break;
        }

        return end;
    }

    private bool IsHeadOrTitle(string word) =>
        gazetteer.IsOrganizationWord(word) || gazetteer.IsLocationWord(word) || gazetteer.IsTitle(word);

    private void ProcessChunk(TokenizedText text, int start, int end, List<Mention> mentions)
    {
        var tokens = text.Tokens;

        // A capital at the start of a sentence proves nothing: "Following talks", "Both Moscow".
        while (start < end && tokens[start].IsSentenceInitial && !IsNameStart(tokens, start, end)
               && lexicon.IsCommonWord(tokens[start].Text))
        {
            start++;
            while (start < end && !IsNameToken(tokens[start]))
            {
                start++;
            }
        }

        // "The European Commission" is the European Commission; "The Hague" stays whole.
        if (end - start >= 2 && tokens[start].Text == "The" && gazetteer.Find(Span(tokens, start, end)) is null)
        {
            start++;
        }

        if (start < end)
        {
            Analyze(text, start, end, mentions, personCue: HasPersonCue(text, start, end));
        }
    }

    // Sentence-initial word that still starts a name: a listed name, a given name or a title.
    private bool IsNameStart(IReadOnlyList<Token> tokens, int start, int end)
    {
        var word = tokens[start].Text;
        if (gazetteer.IsGivenName(word) && end - start >= 2 && !lexicon.IsStopWord(word))
        {
            return true;
        }

        if (TitleLength(tokens, start, end) > 0 && end - start >= 2)
        {
            return true;
        }

        for (var length = Math.Min(end - start, gazetteer.LongestName); length >= 1; length--)
        {
            if (length == 1 && lexicon.IsStopWord(word))
            {
                break;
            }

            if (gazetteer.Find(Span(tokens, start, start + length)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private void Analyze(TokenizedText text, int start, int end, List<Mention> mentions, bool personCue)
    {
        var tokens = text.Tokens;
        (start, end) = TrimConnectors(tokens, start, end);
        if (start >= end)
        {
            return;
        }

        if (gazetteer.Find(Span(tokens, start, end)) is { } whole)
        {
            Add(text, start, end, whole.Type, whole.Canonical, mentions);
            return;
        }

        // "U.S. Secretary of State Antony Blinken", "Chief Cabinet Secretary Yoshimasa Hayashi": what follows the last
        // title is a person; before it only listed names count ("U.S."), the rest belongs to the title ("Labor").
        for (var p = end - 2; p >= start; p--)
        {
            var titleLength = TitleLength(tokens, p, end);
            if (titleLength > 0 && p + titleLength < end && !IsInstitutionName(tokens, p + titleLength, end)
                && !IsPlaceName(tokens, p + titleLength, end))
            {
                AddListedNames(text, start, p, mentions);

                // "Mr. Jordan" is a person even though Jordan is a country.
                var adjacent = !Connectors.Contains(tokens[p + titleLength].Text) && tokens[p + titleLength].Text != "the";
                AnalyzeName(text, p + titleLength, end, mentions, personCue: true, titled: adjacent);
                return;
            }
        }

        // "North Korean", "Chinese Foreign Ministry", "Korean Peninsula"
        var demonymLength = DemonymLength(tokens, start, end);
        if (demonymLength > 0)
        {
            if (start + demonymLength == end)
            {
                return;
            }

            var last = tokens[end - 1].Text;
            if (gazetteer.IsOrganizationWord(last))
            {
                Add(text, start, end, EntityType.Organization, null, mentions);
                return;
            }

            if (gazetteer.IsLocationWord(last))
            {
                Add(text, start, end, EntityType.Location, null, mentions);
                return;
            }

            Analyze(text, start + demonymLength, end, mentions, personCue);
            return;
        }

        AnalyzeName(text, start, end, mentions, personCue);
    }

    private void AnalyzeName(TokenizedText text, int start, int end, List<Mention> mentions, bool personCue, bool titled = false)
    {
        var tokens = text.Tokens;
        (start, end) = TrimConnectors(tokens, start, end);
        if (start >= end)
        {
            return;
        }

        // "Chief of Detectives Antoinette Ursitti": words of the title that were not listed as one.
        while (personCue && end - start >= 3 && lexicon.IsCommonWord(tokens[start].Text.ToLowerInvariant())
               && Enumerable.Range(start + 1, end - start - 1).Any(k => gazetteer.IsGivenName(tokens[k].Text)))
        {
            start++;
        }

        if (gazetteer.Find(Span(tokens, start, end)) is { } whole)
        {
            if (titled && whole.Type != EntityType.Person && end - start == 1)
            {
                Add(text, start, end, EntityType.Person, null, mentions, certain: true);
                return;
            }

            Add(text, start, end, whole.Type, whole.Canonical, mentions);
            return;
        }

        if (IsInstitutionName(tokens, start, end))
        {
            Add(text, start, end, EntityType.Organization, null, mentions);
            return;
        }

        if (IsPlaceName(tokens, start, end))
        {
            Add(text, start, end, EntityType.Location, null, mentions);
            return;
        }

        var first = tokens[start].Text;
        if (end - start >= 2 && (gazetteer.IsGivenName(first) || gazetteer.IsSurnameFirst(first)) && !ContainsListedPart(tokens, start + 1, end))
        {
            Add(text, start, end, EntityType.Person, null, mentions, certain: true);
            return;
        }

        // "Judge Sean Jordan of the Eastern District of Texas wrote": the verb's subject is not the district.
        var institutional = Enumerable.Range(start, end - start).Any(k => Connectors.Contains(tokens[k].Text) || IsHeadOrTitle(tokens[k].Text));
        if (personCue && !institutional && (!tokens[start].IsAllCaps || end - start >= 2))
        {
            Add(text, start, end, EntityType.Person, null, mentions, certain: true);
            return;
        }

        // A listed organisation or place followed by unlisted words names something of its own ("Google DeepMind", "Porto Alegre").
        var lead = LongestListedName(tokens, start, end);
        if (lead > 0 && lead < end - start && LongestListedName(tokens, start + lead, end) == 0
            && gazetteer.Find(Span(tokens, start, start + lead)) is { Type: not EntityType.Person } leader
            && gazetteer.CountryOfDemonym(tokens[start].Text) is null
            && Enumerable.Range(start + lead, end - start - lead).All(k => !lexicon.IsCommonWord(tokens[k].Text.ToLowerInvariant()) || tokens[k].IsAllCaps))
        {
            Add(text, start, end, leader.Type, null, mentions);
            return;
        }

        // Known names inside an unknown run ("Free Malaysia Today"): keep the known ones, judge the rest.
        var segment = start;
        for (var p = start; p < end;)
        {
            var length = LongestListedName(tokens, p, end);
            if (length == 0)
            {
                p++;
                continue;
            }

            if (segment < p)
            {
                AddUnknown(text, segment, p, mentions);
            }

            var entry = gazetteer.Find(Span(tokens, p, p + length))!;
            Add(text, p, p + length, entry.Type, entry.Canonical, mentions);
            p += length;
            segment = p;
        }

        if (segment == start)
        {
            AddUnknown(text, start, end, mentions);
        }
        else if (segment < end)
        {
            AddUnknown(text, segment, end, mentions);
        }
    }

    private void AddListedNames(TokenizedText text, int start, int end, List<Mention> mentions)
    {
        var tokens = text.Tokens;
        for (var p = start; p < end;)
        {
            var length = LongestListedName(tokens, p, end);
            if (length > 0 && gazetteer.Find(Span(tokens, p, p + length)) is { } entry)
            {
                Add(text, p, p + length, entry.Type, entry.Canonical, mentions);
                p += length;
            }
            else
            {
                p++;
            }
        }
    }

    private void AddUnknown(TokenizedText text, int start, int end, List<Mention> mentions)
    {
        var tokens = text.Tokens;
        (start, end) = TrimConnectors(tokens, start, end);
        if (start >= end)
        {
            return;
        }

        if (DemonymLength(tokens, start, end) == end - start)
        {
            return;
        }

        var mention = Add(text, start, end, null, null, mentions);
        if (end - start == 1 && tokens[start].IsAllCaps && tokens[start].Text.Length <= 6 && !lexicon.IsCommonWord(tokens[start].Text.ToLowerInvariant()))
        {
            // Unlisted acronyms in news are mostly organisations ("SIPRI", "KCNA").
            mention.Type = EntityType.Organization;
            return;
        }

        if (HasOrganizationCue(text, start, end))
        {
            mention.Type = EntityType.Organization;
            return;
        }

        if (HasPersonCue(text, start, end))
        {
            mention.Type = EntityType.Person;
            return;
        }

        var allUncommon = true;
        for (var p = start; p < end; p++)
        {
            var word = tokens[p].Text;
            if (Connectors.Contains(word) || lexicon.IsCommonWord(word) || tokens[p].IsAllCaps || word.Any(char.IsDigit))
            {
                allUncommon = false;
            }
        }

        // Two to four unlisted words that are no English words are most often a person's name, unless they read like a place.
        var placeLike = Enumerable.Range(start, end - start).Any(k => gazetteer.IsLocationWord(tokens[k].Text) || gazetteer.IsOrganizationWord(tokens[k].Text)
                                                                      || tokens[k].Text is "North" or "South" or "East" or "West" or "Northern" or "Southern" or "Eastern" or "Western" or "Central" or "Upper" or "Lower" or "New" or "Greater");
        if (end - start is >= 2 and <= 4 && allUncommon && !placeLike)
        {
            mention.Type = EntityType.Person;
        }
        else if (end - start == 1 && allUncommon && start > 0 && Prepositions.Contains(tokens[start - 1].Text))
        {
            mention.Type = EntityType.Location;
        }
    }

    private Mention Add(TokenizedText text, int start, int end, EntityType? type, string? canonical, List<Mention> mentions, bool certain = false)
    {
        var tokens = text.Tokens;
        var mention = new Mention(start, end, tokens[start].Start, tokens[end - 1].End, text.Text[tokens[start].Start..tokens[end - 1].End])
        {
            Type = type,
            KnownCanonical = canonical,
            IsCertain = certain || canonical is not null || type is not null,
        };
        mentions.Add(mention);
        return mention;
    }

    private bool HasPersonCue(TokenizedText text, int start, int end)
    {
        var tokens = text.Tokens;
        if (start > 0)
        {
            var before = tokens[start - 1];
            if (before.IsWord && char.IsLower(before.Text[0]) && (gazetteer.IsTitle(before.Text) || PrecedingSpeech.Contains(before.Text)))
            {
                return true;
            }
        }

        if (end < tokens.Count && tokens[end].Sentence == tokens[start].Sentence)
        {
            var after = tokens[end];
            if (SpeechVerbs.Contains(after.Text) && !tokens[start].IsAllCaps)
            {
                return true;
            }

            // "X, a professor at ...", "X, 45, ...", "X, who ..."
            if (after.Text == "," && end + 1 < tokens.Count)
            {
                var next = tokens[end + 1];
                if (next.Text is "who" || next.Kind == TokenKind.Number && next.Text.Length <= 2)
                {
                    return true;
                }

                if (next.Text is "a" or "an" or "the" or "his" or "her" or "former" or "senior")
                {
                    for (var k = end + 2; k < Math.Min(tokens.Count, end + 7); k++)
                    {
                        if (tokens[k].Text is "," or "." || tokens[k].Sentence != tokens[start].Sentence)
                        {
                            break;
                        }

                        if (gazetteer.IsTitle(tokens[k].Text) && char.IsLower(tokens[k].Text[0]))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private static bool HasOrganizationCue(TokenizedText text, int start, int end)
    {
        var tokens = text.Tokens;
        if (start > 0 && OrganizationNouns.Contains(tokens[start - 1].Text))
        {
            return true;
        }

        if (end + 2 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].Text is "a" or "an" or "the")
        {
            for (var k = end + 2; k < Math.Min(tokens.Count, end + 7); k++)
            {
                if (tokens[k].Text is "," or "." || tokens[k].Sentence != tokens[start].Sentence)
                {
                    break;
                }

                if (OrganizationNouns.Contains(tokens[k].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsInstitutionName(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start >= 2 && gazetteer.IsOrganizationWord(tokens[end - 1].Text))
        {
            return true;
        }

        for (var p = start; p + 2 < end; p++)
        {
            if (gazetteer.IsOrganizationWord(tokens[p].Text) && tokens[p + 1].Text is "of" or "for" or "on")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPlaceName(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start >= 2 && gazetteer.IsLocationWord(tokens[end - 1].Text))
        {
            return true;
        }

        if (end - start >= 2 && tokens[start].Text is "Mount" or "Mt." or "Lake" or "Cape" or "Gulf" or "Sea" or "Port" or "River" or "Fort" or "Camp" or "Isle" or "Bay")
        {
            return true;
        }

        // "District of Columbia", "Gulf of Mexico"
        for (var p = start; p + 2 < end; p++)
        {
            if (gazetteer.IsLocationWord(tokens[p].Text) && tokens[p + 1].Text == "of")
            {
                return true;
            }
        }

        return false;
    }

    private bool ContainsListedPart(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            if (gazetteer.Find(tokens[p].Text) is { Type: not EntityType.Person } || gazetteer.IsOrganizationWord(tokens[p].Text))
            {
                return true;
            }
        }

        return false;
    }

    private int LongestListedName(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var length = Math.Min(end - start, gazetteer.LongestName); length >= 1; length--)
        {
            if (gazetteer.Find(Span(tokens, start, start + length)) is not null)
            {
                return length;
            }
        }

        return 0;
    }

    private int TitleLength(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var length = Math.Min(end - start, gazetteer.LongestTitle); length >= 1; length--)
        {
            if (gazetteer.IsTitle(Span(tokens, start, start + length)))
            {
                return length;
            }
        }

        return 0;
    }

    private int DemonymLength(IReadOnlyList<Token> tokens, int start, int end)
    {
        // Party labels work like nationality adjectives: "Republican Phil Bryant".
        if (end - start >= 2 && PartyLabels.Contains(tokens[start].Text))
        {
            return 1;
        }

        for (var length = Math.Min(end - start, 3); length >= 1; length--)
        {
            if (gazetteer.CountryOfDemonym(Span(tokens, start, start + length)) is not null)
            {
                return length;
            }
        }

        return 0;
    }

    private static (int Start, int End) TrimConnectors(IReadOnlyList<Token> tokens, int start, int end)
    {
        while (start < end && (Connectors.Contains(tokens[start].Text) || tokens[start].Text is "and" or "the"))
        {
            start++;
        }

        while (end > start && (Connectors.Contains(tokens[end - 1].Text) || tokens[end - 1].Text is "and" or "the"))
        {
            end--;
        }

        return (start, end);
    }

    private static string Span(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            return tokens[start].Text;
        }

        return string.Join(' ', Enumerable.Range(start, end - start).Select(k => tokens[k].Text)).Replace(" - ", "-");
    }

    /// <summary>"Stockholm International Peace Research Institute (SIPRI)": the acronym now means the long name.</summary>
    /// <summary>An untyped name takes the type the same words carry elsewhere in the article ("Easley" after "Leif-Eric Easley").</summary>
    private static void PropagateTypes(List<Mention> mentions)
    {
        var bySurface = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var personWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var organizationLeads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.Type is not null && m.IsCertain))
        {
            bySurface.TryAdd(mention.Surface, mention.Type!.Value);
            if (mention.Type == EntityType.Person && mention.TokenCount >= 2)
            {
                foreach (var word in mention.Surface.Split(' ', '-'))
                {
                    personWords.Add(word);
                }
            }

            // "Mistral" after "Mistral AI"
            if (mention.Type == EntityType.Organization && mention.TokenCount >= 2 && mention.KnownCanonical is null)
            {
                organizationLeads.Add(mention.Surface.Split(' ')[0]);
            }
        }

        foreach (var mention in mentions)
        {
            if (mention.Type is not null && mention.IsCertain)
            {
                continue;
            }

            if (bySurface.TryGetValue(mention.Surface, out var type))
            {
                mention.Type = type;
            }
            else if (mention.TokenCount == 1 && personWords.Contains(mention.Surface))
            {
                mention.Type = EntityType.Person;
            }
            else if (mention.TokenCount == 1 && organizationLeads.Contains(mention.Surface))
            {
                mention.Type = EntityType.Organization;
            }
        }
    }
}
