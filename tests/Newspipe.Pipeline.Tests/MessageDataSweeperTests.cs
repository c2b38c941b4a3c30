using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newspipe.ServiceDefaults;

namespace Newspipe.Pipeline.Tests;

public sealed class MessageDataSweeperTests
{
    [Fact]
    public void Bodies_older_than_their_time_to_live_are_swept_and_younger_ones_kept()
    {
        var folder = Directory.CreateTempSubdirectory("newspipe-message-data-").FullName;
        try
        {
            var old = Path.Combine(folder, "a", "b", "old");
            var young = Path.Combine(folder, "a", "c", "young");
            Directory.CreateDirectory(Path.GetDirectoryName(old)!);
            Directory.CreateDirectory(Path.GetDirectoryName(young)!);
            File.WriteAllText(old, "old body");
            File.WriteAllText(young, "young body");
            File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-8));
            var sweeper = new MessageDataSweeper(
                Options.Create(new MessageDataOptions { Path = folder, TimeToLive = TimeSpan.FromDays(7) }),
                TimeProvider.System,
                NullLogger<MessageDataSweeper>.Instance);

            Assert.Equal(1, sweeper.Sweep());
            Assert.False(File.Exists(old));
            Assert.True(File.Exists(young));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
