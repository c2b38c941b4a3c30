namespace Newspipe.ServiceDefaults;

/// <summary>
/// Runs one article's stage logic with a time limit: an article that takes longer fails clearly, as a permanent
/// failure (the same input would take as long again), instead of holding a worker for minutes.
/// </summary>
public static class StageTimeLimit
{
    public static async Task<T> RunAsync<T>(Func<T> work, TimeSpan limit, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await Task.Run(work, cancellationToken).WaitAsync(limit, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new StageTimeLimitException($"{what} took longer than the {limit.TotalSeconds:0.#} s limit per article");
        }
    }
}
