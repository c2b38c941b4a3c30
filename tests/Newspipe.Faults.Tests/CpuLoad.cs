using System.Diagnostics;

namespace Newspipe.Faults.Tests;

/// <summary>Busy-loop processes that keep cores busy, each bounded in time (<c>timeout</c>) and killed on dispose.</summary>
internal sealed class CpuLoad : IDisposable
{
    private readonly List<Process> loops;

    private CpuLoad(List<Process> loops) => this.loops = loops;

    public static CpuLoad Start(int processes, TimeSpan limit)
    {
        var loops = Enumerable.Range(0, processes).Select(_ =>
        {
            var start = new ProcessStartInfo("timeout") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { $"{(int)limit.TotalSeconds}s", "sh", "-c", "while :; do :; done" })
            {
                start.ArgumentList.Add(argument);
            }

            return Process.Start(start) ?? throw new InvalidOperationException("A busy loop could not be started");
        }).ToList();
        return new CpuLoad(loops);
    }

    public void Dispose()
    {
        foreach (var loop in loops)
        {
            if (!loop.HasExited)
            {
                loop.Kill(entireProcessTree: true);
                loop.WaitForExit();
            }

            loop.Dispose();
        }
    }
}
