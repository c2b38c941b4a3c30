using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;

namespace Newspipe.Ingestion.Tests;

/// <summary>An inbox being watched in the background; records what it yields and handles each file (Complete by default).</summary>
internal sealed class RunningInbox : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<YieldedFile> yielded = new();
    private readonly Task loop;

    public RunningInbox(InboxOptions options, Func<InboxFile, CancellationToken, Task>? handle = null)
    {
        Inbox = new Inbox(options, NullLogger<Inbox>.Instance);
        handle ??= (file, ct) => file.CompleteAsync(ct);
        loop = Task.Run(async () =>
        {
            try
            {
                await foreach (var file in Inbox.WatchAsync(stop.Token))
                {
                    yielded.Enqueue(new YieldedFile(file.Name, File.ReadAllText(file.Path)));
                    await handle(file, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        });
    }

    public Inbox Inbox { get; }

    public IReadOnlyList<YieldedFile> Yielded => [.. yielded];

    /// <summary>Waits until at least <paramref name="count"/> files were yielded (or the timeout passes), then returns them all.</summary>
    public async Task<IReadOnlyList<YieldedFile>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (yielded.Count < count && DateTime.UtcNow < deadline && !loop.IsCompleted)
        {
            await Task.Delay(20);
        }

        if (loop.IsFaulted)
        {
            await loop;
        }

        return Yielded;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        await Inbox.DisposeAsync();
        stop.Dispose();
    }
}
