using Newspipe.Testing;

namespace Newspipe.Faults.Tests;

/// <summary>
/// Polls the <c>/health</c> of some services once a second while a fault lasts and keeps every answer each one gave,
/// so a scenario can show that an outage was reported (Degraded or Unhealthy) and not hidden behind "Healthy".
/// </summary>
internal sealed class HealthWatch : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(3) };

    private readonly Dictionary<string, HashSet<string>> seen = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task polling;

    public HealthWatch(IEnumerable<ServiceProcess> services)
    {
        var watched = services.ToList();
        foreach (var service in watched)
        {
            seen[service.Name] = [];
        }

        polling = Task.Run(() => PollAsync(watched));
    }

    /// <summary>The distinct answers each service gave so far (a status, or "no answer").</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Seen
    {
        get
        {
            lock (seen)
            {
                return seen.ToDictionary(s => s.Key, s => (IReadOnlySet<string>)s.Value.ToHashSet());
            }
        }
    }

    public static async Task<string> AskAsync(ServiceProcess service)
    {
        if (service.Address is not { } address)
        {
            return "no address";
        }

        try
        {
            return (await Http.GetStringAsync(new Uri(address, "/health"))).Trim();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return "no answer";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await polling;
        stop.Dispose();
    }

    private async Task PollAsync(IReadOnlyList<ServiceProcess> services)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var service in services)
            {
                var answer = await AskAsync(service);
                lock (seen)
                {
                    seen[service.Name].Add(answer);
                }
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
