using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary><c>newspipe run</c>, the embedded pipeline, as its own process with a temporary inbox and data folder.</summary>
internal sealed class EmbeddedProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private EmbeddedProcess(Process process, string inbox, string data)
    {
        this.process = process;
        Inbox = inbox;
        Data = data;
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Inbox { get; }

    public string Data { get; }

    public IReadOnlyList<string> Lines => [.. output];

    public bool Running => output.Any(line => line.StartsWith("Newspipe is running", StringComparison.Ordinal));

    public bool HasExited => process.HasExited;

    /// <summary>The process's peak resident memory (VmHWM), in MB.</summary>
    public double PeakMegabytes
    {
        get
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return kilobytes / 1024.0;
        }
    }

    public static EmbeddedProcess Start(IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = Directory.CreateTempSubdirectory("newspipe-embedded-").FullName;
        var inbox = Path.Combine(root, "inbox");
        var data = Path.Combine(root, "data");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (var argument in new[]
        {
            RepoPaths.BuiltAssembly(Path.Combine("src", "Newspipe.Cli"), "newspipe.dll"),
            "run", "--inbox", inbox, "--data", data, "--no-seeds", "--urls", "http://127.0.0.1:0",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Inbox__SettleTime"] = "00:00:00.300";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return new EmbeddedProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start newspipe run"), inbox, data);
    }

    public void Kill() => process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(Inbox)!, recursive: true);
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
