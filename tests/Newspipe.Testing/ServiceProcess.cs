using System.Collections.Concurrent;
using System.Diagnostics;

namespace Newspipe.Testing;

/// <summary>A stage service, or the embedded host, running as its own OS process, built by this test project's build.</summary>
public sealed class ServiceProcess : IAsyncDisposable
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

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>MassTransit said its bus is up: the service's queues and bindings exist on the broker.</summary>
    public bool BusStarted => output.Any(line => line.Contains("Bus started", StringComparison.Ordinal));

    /// <summary>Where the service serves HTTP (<c>/health</c>; the Store's dashboard), as ASP.NET Core printed it at start; null until then.</summary>
    public Uri? Address { get; private set; }

    /// <summary>How many of the lines kept so far contain <paramref name="text"/>.</summary>
    public int CountLines(string text) => output.Count(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>The exit code, once the process has exited.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>One of the four stage services (Ingest, Clean, Enrich, Store).</summary>
    public static ServiceProcess StartStage(string stage, IReadOnlyDictionary<string, string> environment) =>
        Start(stage, RepoPaths.BuiltAssembly(Path.Combine("services", stage), $"Newspipe.{stage}.dll"), [], environment);

    /// <summary>The embedded all-in-one host, <c>newspipe run</c>, with <paramref name="arguments"/> after <c>run</c>.</summary>
    public static ServiceProcess StartEmbedded(IEnumerable<string> arguments) =>
        Start("newspipe run", RepoPaths.BuiltAssembly(Path.Combine("src", "Newspipe.Cli"), "newspipe.dll"), ["run", .. arguments], new Dictionary<string, string>());

    /// <summary>Everything the process printed that is still kept, for failure messages.</summary>
    public string Output => string.Join('\n', output);

    /// <summary>The last lines the process printed, stack frames left out, for failure messages.</summary>
    public string Tail(int lines) => string.Join('\n', output.Where(line => !IsStackFrame(line)).TakeLast(lines));

    /// <summary>Kills the process at once with SIGKILL, as a crash would, without waiting for it to be gone.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    /// <summary>Kills the process at once with SIGKILL, as a crash would.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Asks the process to stop with SIGTERM, as <c>docker stop</c> or systemd would; true if it exited within <paramref name="patience"/>.</summary>
    public async Task<bool> TerminateAsync(TimeSpan patience)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static ServiceProcess Start(
        string name, string assembly, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}");
        return new ServiceProcess(name, process);
    }

    private static bool IsStackFrame(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("at ", StringComparison.Ordinal) || trimmed.StartsWith("--- End of", StringComparison.Ordinal);
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        // Kept apart: the line itself leaves the bounded output after a few thousand more.
        if (Address is null && line.Split("Now listening on: ", 2) is [_, var address])
        {
            Address = new Uri(address.Trim());
        }

        output.Enqueue(line);
        while (output.Count > 4000 && output.TryDequeue(out _))
        {
        }
    }
}
