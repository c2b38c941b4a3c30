using Newspipe.Cleaning;

namespace Newspipe.Benchmarks.Extraction;

/// <summary>
/// Milliseconds per page for <see cref="ArticleCleaner.Clean"/> and for an AngleSharp parse alone, measured on the same pages in
/// the same run, and how many times slower cleaning is than parsing (by median).
/// </summary>
public sealed record TimingReport(
    int Pages,
    int Rounds,
    double CleanMedianMs,
    double CleanP95Ms,
    double ParseMedianMs,
    double ParseP95Ms,
    double CleanToParseRatio);
