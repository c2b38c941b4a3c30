using Newspipe.Benchmarks.Ingestion;

namespace Newspipe.Ingestion.Tests;

public sealed class InboxBenchmarkTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task The_benchmark_reports_inbox_and_floor_rates_and_cleans_up()
    {
        var report = await InboxBenchmark.RunAsync(temp.Path, 300, CancellationToken.None);

        Assert.Equal(300, report.Files);
        Assert.True(report.Bytes > 300 * 1000);
        Assert.True(report.InboxFilesPerSecond > 0);
        Assert.True(report.FloorFilesPerSecond > report.InboxFilesPerSecond);
        Assert.Equal(report.FloorFilesPerSecond / report.InboxFilesPerSecond, report.Ratio, 6);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
