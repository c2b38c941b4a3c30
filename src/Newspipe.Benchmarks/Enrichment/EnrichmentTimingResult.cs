using Newspipe.Enrichment;

namespace Newspipe.Benchmarks.Enrichment;

/// <summary>Milliseconds per article over the timed rounds (after one untimed warm-up round).</summary>
public sealed record EnrichmentTimingResult(double MedianMs, double P95Ms, double MeanMs, int Articles, int Rounds);
