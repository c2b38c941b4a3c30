namespace Newspipe.Benchmarks.Pipeline;

/// <summary>Read-to-stored milliseconds at a given load.</summary>
public sealed record Latency(double P50, double P95, double P99, int Articles, double AtRate)
{
    public static Latency Of(IReadOnlyList<double> milliseconds, double atRate)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Latency(Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length, atRate);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
