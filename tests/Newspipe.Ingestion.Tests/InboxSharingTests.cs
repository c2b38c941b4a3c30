using System.Text.Json;

namespace Newspipe.Ingestion.Tests;

public sealed class InboxSharingTests : InboxTestBase
{
    [Fact]
    public async Task Two_instances_on_one_folder_yield_each_file_once_in_total()
    {
        for (var i = 0; i < 200; i++)
        {
            Temp.Write($"inbox/before-{i:D3}.txt", $"before {i}");
        }

        await using var first = new RunningInbox(Options());
        await using var second = new RunningInbox(Options());
        for (var i = 0; i < 200; i++)
        {
            Temp.Write($"inbox/sub/after-{i:D3}.txt", $"after {i}");
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (first.Yielded.Count + second.Yielded.Count < 400 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await Task.Delay(Settle * 3);

        var names = first.Yielded.Concat(second.Yielded).Select(f => f.Name).ToList();
        Assert.Equal(400, names.Count);
        Assert.Equal(400, names.Distinct().Count());
        Assert.Equal(400, Directory.GetFiles(Path.Combine(Root, "processed"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Files_claimed_by_a_crashed_process_on_this_host_are_processed_again_at_start_up()
    {
        // As a process that died between claim and completion leaves it: its pid is no longer running.
        var owner = $"{ClaimStore.SafeHostName()}-{int.MaxValue}-dead";
        WriteClaim(owner, new OwnerRecord(owner, ClaimStore.SafeHostName(), int.MaxValue, DateTime.UtcNow), "sub/claimed.html", leaseAge: TimeSpan.Zero);

        await using var inbox = new RunningInbox(Options());
        var yielded = await inbox.WaitForAsync(1);

        Assert.Equal("sub/claimed.html", Assert.Single(yielded).Name);
        Assert.False(Directory.Exists(Path.Combine(Root, ".newspipe", "claims", owner)));
    }

    [Fact]
    public async Task Claims_of_another_host_are_returned_only_once_their_lease_expired()
    {
        var live = "otherhost-42-live";
        WriteClaim(live, new OwnerRecord(live, "otherhost", 42, DateTime.UtcNow), "live.html", leaseAge: TimeSpan.FromSeconds(10));
        var stale = "otherhost-43-stale";
        WriteClaim(stale, new OwnerRecord(stale, "otherhost", 43, DateTime.UtcNow), "stale.html", leaseAge: TimeSpan.FromMinutes(5));

        await using var inbox = new RunningInbox(Options());
        await inbox.WaitForAsync(1);
        await Task.Delay(Settle * 3);

        Assert.Equal("stale.html", Assert.Single(inbox.Yielded).Name);
        Assert.True(File.Exists(Path.Combine(Root, ".newspipe", "claims", live, "files", "live.html")));
    }

    [Fact]
    public async Task Files_left_unfinished_at_shutdown_go_back_to_the_inbox_for_the_next_instance()
    {
        Temp.Write("inbox/unfinished.txt", "text");
        var options = Options();
        var abandoned = new TaskCompletionSource();
        await using (var stopping = new RunningInbox(options, (_, ct) =>
        {
            abandoned.TrySetResult();
            return Task.Delay(Timeout.Infinite, ct);
        }))
        {
            await abandoned.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.False(File.Exists(Path.Combine(Root, "unfinished.txt")));
        }

        Assert.True(File.Exists(Path.Combine(Root, "unfinished.txt")));
        await using var next = new RunningInbox(options);
        Assert.Equal("unfinished.txt", Assert.Single(await next.WaitForAsync(1)).Name);
    }

    private void WriteClaim(string owner, OwnerRecord record, string name, TimeSpan leaseAge)
    {
        var folder = Path.Combine(Root, ".newspipe", "claims", owner);
        Temp.Write(Path.Combine(folder, "files", name), "<p>claimed</p>");
        var recordPath = Path.Combine(folder, "owner.json");
        File.WriteAllText(recordPath, JsonSerializer.Serialize(record));
        File.SetLastWriteTimeUtc(recordPath, DateTime.UtcNow - leaseAge);
    }
}
