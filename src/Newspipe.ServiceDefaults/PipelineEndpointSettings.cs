using Microsoft.Extensions.Options;

namespace Newspipe.ServiceDefaults;

/// <summary>What every stage's consumer definition needs from the container, in one constructor parameter.</summary>
public sealed class PipelineEndpointSettings(IOptions<BusOptions> bus, IOptions<FaultInjectionOptions> faults, RetryWatch retries)
{
    public BusOptions Bus => bus.Value;

    public FaultInjectionOptions FaultInjection => faults.Value;

    public RetryWatch Retries => retries;
}
