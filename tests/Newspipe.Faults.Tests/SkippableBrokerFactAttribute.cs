namespace Newspipe.Faults.Tests;

/// <summary>
/// The RabbitMQ restart scenario: skipped in the default run (see <see cref="BrokerRestartTests"/> for the open problem)
/// unless NEWSPIPE_FAULT_BROKER=1, which scripts/faults.sh sets.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SkippableBrokerFactAttribute : FactAttribute
{
    public SkippableBrokerFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("NEWSPIPE_FAULT_BROKER") != "1")
        {
            Skip = "Open in issue #8: after a RabbitMQ restart with a message in flight, Store's endpoint can stay without a consumer. scripts/faults.sh runs it.";
        }
    }
}
