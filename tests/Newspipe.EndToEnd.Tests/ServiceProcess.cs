using System.Collections.Concurrent;
using System.Diagnostics;
using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary>One stage service running as its own OS process, built by this test project's build.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServiceProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public bool HasExited => process.HasExited;

    /// <summary>MassTransit said its bus is up: the service's queues and bindings exist on the broker.</summary>
    public bool BusStarted => output.Any(line => line.Contains("Bus started", StringComparison.Ordinal));

    /// <summary>Where the service's HTTP endpoints listen (health; the Store's dashboard), once it said so.</summary>
    public Uri? Address { get; private set; }

    /// <summary>What the process printed, for failure messages.</summary>
    public string Output => string.Join('\n', output);

    public static ServiceProcess Start(string stage, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(AssemblyOf(stage));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the {stage} service");
        return new ServiceProcess(stage, process);
    }

    /// <summary>Kills the process at once, as a crash would.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    // The services are built in the same configuration as this test assembly.
    private static string AssemblyOf(string stage) =>
        RepoPaths.BuiltAssembly(Path.Combine("services", stage), $"Newspipe.{stage}.dll");

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        const string Listening = "Now listening on: ";
        if (Address is null && line.IndexOf(Listening, StringComparison.Ordinal) is >= 0 and var at)
        {
            Address = new Uri(line[(at + Listening.Length)..].Trim());
        }

        output.Enqueue(line);
        while (output.Count > 400 && output.TryDequeue(out _))
        {
        }
    }
}
