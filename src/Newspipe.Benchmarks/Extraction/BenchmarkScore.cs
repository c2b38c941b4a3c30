using Newspipe.Cleaning;

namespace Newspipe.Benchmarks.Extraction;

/// <summary>Corpus scores of an extraction run: precision and recall are means over documents, F1 their harmonic mean.</summary>
public sealed record BenchmarkScore(double Precision, double Recall, double F1, int Documents, IReadOnlyList<DocumentScore> PerDocument);
