using System.Runtime.CompilerServices;

namespace Newspipe.Enrichment.Entities.Tagging;

/// <summary>
/// Turns a sentence into hashed features: the word and its neighbours, spelling, prefixes and suffixes, the word
/// lists, the headline-in-capitals case and what the document says about the same word. Shared by training and
/// tagging, so both see exactly the same features.
/// </summary>
internal sealed class FeatureExtractor(GazetteerMatcher matcher)
{
    private const string Before = "<s>";
    private const string After = "</s>";

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "his", "her", "him", "it", "its", "they", "their", "them", "we", "our",
    };

    /// <param name="words">The sentence.</param>
    /// <param name="cache">What was already worked out for each word of this document, if it keeps that.</param>
    public TokenTraits[] Traits(string[] words, Dictionary<string, TokenTraits>? cache = null)
    {
        var gazetteerTags = matcher.Tags(words);
        var traits = new TokenTraits[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (cache is null || !cache.TryGetValue(word, out var known))
            {
                known = TraitsOf(word);
                cache?.Add(word, known);
            }

            traits[i] = known with { GazetteerTag = gazetteerTags[i] };
        }

        return traits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SentenceFeatures Extract(TokenTraits[] tokens, DocumentContext document)
    {
        var capsLine = DocumentContext.IsCapsLine(tokens);
        var emissions = new List<uint>(tokens.Length * 48);
        var offsets = new int[tokens.Length + 1];
        var transitions = new uint[tokens.Length * SentenceFeatures.TransitionsPerToken];
        var pronoun = "-";
        var pronounAfter = new string[tokens.Length];
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            pronounAfter[i] = pronoun;
            pronoun = Pronouns.Contains(tokens[i].Lower) ? tokens[i].Lower : pronoun;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            offsets[i] = emissions.Count;
            AddLexical(tokens, i, emissions);
            AddRun(tokens, i, pronounAfter[i], emissions);
            AddSpelling(tokens, i, emissions);
            AddLists(tokens, i, emissions);
            AddDocument(tokens, i, document, capsLine, emissions);
            var t = tokens[i];
            transitions[i * SentenceFeatures.TransitionsPerToken] = FeatureHash.Of(FeatureTemplate.TransitionBias, 0);
            transitions[i * SentenceFeatures.TransitionsPerToken + 1] = FeatureHash.Of(FeatureTemplate.TransitionShape, t.Shape);
            transitions[i * SentenceFeatures.TransitionsPerToken + 2] = FeatureHash.Of(FeatureTemplate.TransitionWordClass, t.GazetteerTag * 64 + (t.Flags & 63));
        }

        offsets[tokens.Length] = emissions.Count;
        return new SentenceFeatures(tokens, emissions.ToArray(), offsets, transitions);
    }

    private TokenTraits TraitsOf(string word)
    {
        var flags = WordShape.FlagsOf(word);
        var classes = (flags & WordShape.HasLetter) == 0 ? 0 : matcher.ClassesOf(word);
        return new TokenTraits(word, word.ToLowerInvariant(), WordShape.Of(word), flags, classes, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddLexical(TokenTraits[] tokens, int i, List<uint> features)
    {
        var t = tokens[i];
        var left1 = i > 0 ? tokens[i - 1].Lower : Before;
        var left2 = i > 1 ? tokens[i - 2].Lower : Before;
        var right1 = i + 1 < tokens.Length ? tokens[i + 1].Lower : After;
        var right2 = i + 2 < tokens.Length ? tokens[i + 2].Lower : After;
        features.Add(FeatureHash.Of(FeatureTemplate.Bias, 0));
        features.Add(FeatureHash.Of(FeatureTemplate.Word, t.Word));
        features.Add(FeatureHash.Of(FeatureTemplate.Lower, t.Lower));
        features.Add(FeatureHash.Of(FeatureTemplate.LowerLeft1, left1));
        features.Add(FeatureHash.Of(FeatureTemplate.LowerLeft2, left2));
        features.Add(FeatureHash.Of(FeatureTemplate.LowerRight1, right1));
        features.Add(FeatureHash.Of(FeatureTemplate.LowerRight2, right2));
        features.Add(FeatureHash.Of(FeatureTemplate.BigramLeft, left1, t.Lower));
        features.Add(FeatureHash.Of(FeatureTemplate.BigramRight, t.Lower, right1));
        features.Add(FeatureHash.Of(FeatureTemplate.LeftWordShape, left1, t.Shape));
        features.Add(FeatureHash.Of(FeatureTemplate.RightWordShape, t.Shape, right1));
        features.Add(FeatureHash.Of(FeatureTemplate.ContextLeftBigram, left2, left1));
        features.Add(FeatureHash.Of(FeatureTemplate.ContextRightBigram, right1, right2));
        for (var k = Math.Max(0, i - 4); k < Math.Min(tokens.Length, i + 5); k++)
        {
            if (Math.Abs(k - i) >= 3)
            {
                features.Add(FeatureHash.Of(FeatureTemplate.ContextBag, tokens[k].Lower));
            }
        }

        var lower = t.Lower.AsSpan();
        for (var k = 1; k <= Math.Min(4, lower.Length); k++)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.Prefix, lower[..k]));
            features.Add(FeatureHash.Of(FeatureTemplate.Suffix, lower[^k..]));
        }
    }

    /// <summary>The run of capitalised words this word is in ("Dresdner Kleinwort Wasserstein"): its ends, length and word lists.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddRun(TokenTraits[] tokens, int i, string pronounAfter, List<uint> features)
    {
        if (!tokens[i].IsCapitalized)
        {
            return;
        }

        var start = i;
        while (start > 0 && tokens[start - 1].IsCapitalized)
        {
            start--;
        }

        var end = i + 1;
        var classes = tokens[i].WordClasses;
        while (end < tokens.Length && tokens[end].IsCapitalized)
        {
            end++;
        }

        for (var k = start; k < end; k++)
        {
            classes |= tokens[k].WordClasses;
        }

        var place = (i == start ? 1 : 0) + (i == end - 1 ? 2 : 0);
        features.Add(FeatureHash.Of(FeatureTemplate.RunShape, Math.Min(end - start, 5) * 4 + place));
        features.Add(FeatureHash.Of(FeatureTemplate.RunClasses, classes * 4 + place));
        features.Add(FeatureHash.Of(FeatureTemplate.NextPronoun, pronounAfter));
        if (end - start > 1)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.RunFirst, tokens[start].Lower));
            features.Add(FeatureHash.Of(FeatureTemplate.RunLast, tokens[end - 1].Lower));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddSpelling(TokenTraits[] tokens, int i, List<uint> features)
    {
        var t = tokens[i];
        var left1 = i > 0 ? tokens[i - 1].Shape : Before;
        var left2 = i > 1 ? tokens[i - 2].Shape : Before;
        var right1 = i + 1 < tokens.Length ? tokens[i + 1].Shape : After;
        var right2 = i + 2 < tokens.Length ? tokens[i + 2].Shape : After;
        features.Add(FeatureHash.Of(FeatureTemplate.Shape, t.Shape));
        features.Add(FeatureHash.Of(FeatureTemplate.ShapeLeft1, left1));
        features.Add(FeatureHash.Of(FeatureTemplate.ShapeRight1, right1));
        features.Add(FeatureHash.Of(FeatureTemplate.ShapeLeft2, left2));
        features.Add(FeatureHash.Of(FeatureTemplate.ShapeRight2, right2));
        features.Add(FeatureHash.Of(FeatureTemplate.ShapeWindow, left1, t.Shape, right1));
        features.Add(FeatureHash.Of(FeatureTemplate.Flags, t.Flags));
        features.Add(FeatureHash.Of(FeatureTemplate.Position, (i == 0 ? 1 : 0) + 2 * (t.Flags & 3)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddLists(TokenTraits[] tokens, int i, List<uint> features)
    {
        var t = tokens[i];
        for (var bit = 0; bit < WordClass.Bits; bit++)
        {
            if ((t.WordClasses & (1 << bit)) != 0)
            {
                features.Add(FeatureHash.Of(FeatureTemplate.WordClass, bit * 4 + (t.Flags & 3)));
            }
        }

        var leftClasses = i > 0 ? tokens[i - 1].WordClasses : -1;
        var rightClasses = i + 1 < tokens.Length ? tokens[i + 1].WordClasses : -1;
        features.Add(FeatureHash.Of(FeatureTemplate.WordClassLeft1, leftClasses));
        features.Add(FeatureHash.Of(FeatureTemplate.WordClassRight1, rightClasses));
        if (t.GazetteerTag != 0)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.GazetteerTag, t.GazetteerTag * 4 + (t.Flags & 3)));
        }

        var leftTag = i > 0 ? tokens[i - 1].GazetteerTag : 15;
        var rightTag = i + 1 < tokens.Length ? tokens[i + 1].GazetteerTag : 15;
        features.Add(FeatureHash.Of(FeatureTemplate.GazetteerWindow, (leftTag * 16 + t.GazetteerTag) * 16 + rightTag));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddDocument(TokenTraits[] tokens, int i, DocumentContext document, bool capsLine, List<uint> features)
    {
        var t = tokens[i];
        if ((t.Flags & WordShape.HasLetter) == 0)
        {
            return;
        }

        var casing = document.CasingOf(t.Lower);
        var initial = i == 0 || i > 0 && tokens[i - 1].Word is "\"" or "(" or "'" or ":";
        features.Add(FeatureHash.Of(FeatureTemplate.DocumentCase, casing * 8 + (initial ? 4 : 0) + (capsLine ? 2 : 0) + (t.IsCapitalized ? 1 : 0)));
        if (t.IsCapitalized)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.DocumentHistory, document.HistoryOf(t.Lower) * 2 + (capsLine ? 1 : 0)));
        }

        if (capsLine)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.CapsLine, t.Shape));
            features.Add(FeatureHash.Of(FeatureTemplate.CapsLineLower, t.Lower));
        }
    }
}
