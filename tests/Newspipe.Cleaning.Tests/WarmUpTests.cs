namespace Newspipe.Cleaning.Tests;

public sealed class WarmUpTests
{
    [Fact]
    public void The_warm_up_cleans_its_own_samples_so_a_Clean_service_cannot_fail_to_start_on_it()
    {
        var failure = Record.Exception(new ArticleCleaner().WarmUp);

        Assert.Null(failure);
    }
}
