using Lingua;
using static Lingua.Language;

namespace Newspipe.Enrichment.Languages;

/// <summary>
/// Lingua restricted to thirty widely published languages, in its low-accuracy mode (trigram models only). Measured:
/// the high-accuracy models of these languages took about 20 s and 600 MB to load on the first short English text
/// (all Latin-script models are loaded when the rules cannot rule them out), the trigram models about 1.3 s and 26 MB.
/// Low accuracy only hurts texts under about 120 characters; the opening 250 characters of an article are classified
/// (detection time grows with length: about 6 ms for 250 and 8 ms for 400 characters on a loaded 2-core machine).
/// </summary>
internal sealed class LanguageIdentifier
{
    private const int SampleLength = 250;

    private static readonly Language[] Languages =
    [
        English, French, German, Spanish, Portuguese, Italian, Dutch, Russian, Ukrainian, Polish, Turkish, Arabic, Chinese,
        Japanese, Korean, Hindi, Indonesian, Malay, Vietnamese, Swedish, Bokmal, Danish, Finnish, Czech, Romanian, Hungarian,
        Greek, Hebrew, Persian, Thai,
    ];

    private readonly LanguageDetector detector = LanguageDetectorBuilder.FromLanguages(Languages).WithLowAccuracyMode().Build();

    public (string Code, double Confidence) Identify(string title, string text)
    {
        var sample = Sample(title, text);
        if (sample.Count(char.IsLetter) < 3)
        {
            return ("und", 0);
        }

        var confidences = detector.ComputeLanguageConfidenceValues(sample);
        if (confidences.Count == 0)
        {
            return ("und", 0);
        }

        var best = confidences.MaxBy(c => c.Value);
        return best.Key == Unknown || best.Value <= 0
            ? ("und", 0)
            : (best.Key.IsoCode6391().ToString().ToLowerInvariant(), Math.Round(best.Value, 4));
    }

    private static string Sample(string title, string text)
    {
        var sample = text.Length >= SampleLength ? text : (title + "\n" + text).Trim();
        if (sample.Length <= SampleLength)
        {
            return sample;
        }

        var cut = sample.LastIndexOf(' ', SampleLength);
        return sample[..(cut > SampleLength / 2 ? cut : SampleLength)];
    }
}
