namespace Newspipe.Pipeline.Tests;

/// <summary>Waiting for counts that change just after the bus returns (the stage filter finishes after the consumer published).</summary>
internal static class Poll
{
    /// <summary>Checks every 50 ms, for at most 10 s; the test's assertions say whether it held.</summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
