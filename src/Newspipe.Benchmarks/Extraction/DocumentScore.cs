using Newspipe.Cleaning;

namespace Newspipe.Benchmarks.Extraction;

/// <summary>Shingle precision and recall of one benchmark page.</summary>
public sealed record DocumentScore(string Id, double Precision, double Recall);
