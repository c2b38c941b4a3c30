using Newspipe.Ingestion;

namespace Newspipe.Benchmarks.Ingestion;

/// <summary>Throughput of the inbox against the floor of a plain listing and read of the same files.</summary>
public sealed record InboxBenchmarkReport
{
    public required int Files { get; init; }

    public required long Bytes { get; init; }

    /// <summary>The settle time the inbox ran with; it is paid once, at the start, and counted in <see cref="InboxElapsed"/>.</summary>
    public required TimeSpan SettleTime { get; init; }

    /// <summary>From start-up until every file was yielded, read and completed (moved to processed/).</summary>
    public required TimeSpan InboxElapsed { get; init; }

    /// <summary>One directory listing plus a read of every file.</summary>
    public required TimeSpan FloorElapsed { get; init; }

    public double InboxFilesPerSecond => Files / InboxElapsed.TotalSeconds;

    public double FloorFilesPerSecond => Files / FloorElapsed.TotalSeconds;

    /// <summary>Floor rate over inbox rate: how many times slower than the floor the inbox is.</summary>
    public double Ratio => FloorFilesPerSecond / InboxFilesPerSecond;

    public override string ToString() =>
        $"{Files:N0} files ({Bytes:N0} bytes): inbox {InboxFilesPerSecond:N0} files/s ({InboxElapsed.TotalMilliseconds:N0} ms, " +
        $"settle {SettleTime.TotalMilliseconds:N0} ms included), floor {FloorFilesPerSecond:N0} files/s " +
        $"({FloorElapsed.TotalMilliseconds:N0} ms), ratio {Ratio:N1}x";
}
