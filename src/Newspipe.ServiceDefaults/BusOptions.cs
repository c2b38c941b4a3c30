using System.ComponentModel.DataAnnotations;

namespace Newspipe.ServiceDefaults;

/// <summary>Transport and retry settings shared by every stage (section <c>Bus</c>).</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    public TransportKind Transport { get; set; } = TransportKind.RabbitMq;

    /// <summary>Immediate retries of a failed message before it goes to the error queue.</summary>
    [Range(0, 20)]
    public int RetryLimit { get; set; } = 3;

    /// <summary>First retry interval; later ones grow linearly.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Messages a consumer handles at once (per process); 0 leaves MassTransit's default.</summary>
    [Range(0, 1000)]
    public int ConcurrentMessageLimit { get; set; }
}
