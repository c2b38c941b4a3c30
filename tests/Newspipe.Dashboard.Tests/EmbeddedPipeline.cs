using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Newspipe.Testing;

namespace Newspipe.Dashboard.Tests;

/// <summary>
/// <c>newspipe run</c> as a user starts it (its own process: every stage in memory, SQLite, the dashboard) with a
/// temporary inbox and data folder, and the dashboard on a free loopback port.
/// </summary>
public sealed class EmbeddedPipeline : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly string root;
    private readonly ConcurrentQueue<string> output = new();

    private EmbeddedPipeline(Process process, string root, Uri address)
    {
        this.process = process;
        this.root = root;
        Address = address;
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The pipeline's process id, as its stages write it in the journey.</summary>
    public int ProcessId => process.Id;

    public string Inbox => Path.Combine(root, "inbox");

    public HttpClient Client { get; } = new();

    public static async Task<EmbeddedPipeline> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = Directory.CreateTempSubdirectory("newspipe-dashboard-embedded-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var argument in new[]
        {
            RepoPaths.BuiltAssembly(Path.Combine("src", "Newspipe.Cli"), "newspipe.dll"),
            "run", "--inbox", Path.Combine(root, "inbox"), "--data", Path.Combine(root, "data"), "--no-seeds", "--urls", address.ToString().TrimEnd('/'),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Inbox__SettleTime"] = "00:00:00.300";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var pipeline = new EmbeddedPipeline(Process.Start(start) ?? throw new InvalidOperationException("Could not start newspipe run"), root, address);
        await pipeline.UntilAsync(async () => await pipeline.AnswersAsync(), "the dashboard answers");
        return pipeline;
    }

    /// <summary>Copies a file into the inbox as a user would (written aside, then renamed in).</summary>
    public void Drop(string file, string? name = null)
    {
        var target = Path.Combine(Inbox, name ?? Path.GetFileName(file));
        File.Copy(file, target + ".part");
        File.Move(target + ".part", target);
    }

    /// <summary>Writes a new article into the inbox.</summary>
    public void DropText(string name, string text)
    {
        var target = Path.Combine(Inbox, name);
        File.WriteAllText(target + ".part", text);
        File.Move(target + ".part", target);
    }

    /// <summary>The stored articles' titles, from the JSON API.</summary>
    public async Task<IReadOnlyList<(string Id, string Title)>> ArticlesAsync()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri(Address, "/api/articles?pageSize=100")));
        return json.RootElement.GetProperty("items").EnumerateArray()
            .Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("title").GetString()!))
            .ToList();
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails naming what was awaited, with the process's output.</summary>
    public async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Never saw {what} (newspipe run {(process.HasExited ? "exited" : "still running")}). Output:\n{string.Join('\n', output)}");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            return (await Client.GetAsync(new Uri(Address, "/alive"))).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
