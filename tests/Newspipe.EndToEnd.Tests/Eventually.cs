namespace Newspipe.EndToEnd.Tests;

internal static class Eventually
{
    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="explain"/> when time runs out.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> explain)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not reached within {timeout.TotalSeconds:0} s. {explain()}");
            }

            await Task.Delay(250);
        }
    }
}
