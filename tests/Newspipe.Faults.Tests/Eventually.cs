namespace Newspipe.Faults.Tests;

internal static class Eventually
{
    /// <summary>
    /// Polls until <paramref name="condition"/> holds or <paramref name="timeout"/> runs out; says which. A condition
    /// that throws (a database that is down) counts as not yet holding.
    /// </summary>
    public static async Task<bool> HoldsWithinAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return true;
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Unknown while the fault lasts; polled again.
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(250);
        }
    }
}
