using System.ComponentModel.DataAnnotations;

namespace Newspipe.ServiceDefaults;

/// <summary>Transport and retry settings shared by every stage (section <c>Bus</c>).</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    public TransportKind Transport { get; set; } = TransportKind.RabbitMq;

    /// <summary>
    /// Retries of a message that failed for a transient reason (database or broker away, a time-out), with exponential
    /// backoff from <see cref="RetryInterval"/> to <see cref="RetryMaxInterval"/>: the defaults wait about 8 minutes in
    /// all, long enough to ride out a 5-minute outage. Permanent failures are not retried.
    /// </summary>
    [Range(0, 100)]
    public int RetryLimit { get; set; } = 20;

    /// <summary>First retry interval; each later one doubles, up to <see cref="RetryMaxInterval"/>.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between two retries.</summary>
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest one attempt at a message may take before it is given up and retried (a publish left hanging by a
    /// broker restart, see <see cref="AttemptTimeLimitFilter"/>). Longer than any stage's own time limit.
    /// </summary>
    public TimeSpan AttemptTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The RabbitMQ management API (<c>http://host:15672/</c>, the <c>rabbitmq_management</c> plugin), when it is
    /// enabled: the pipeline view asks it when the oldest message in each queue was sent, which AMQP cannot tell
    /// without taking the message. Unset: the age is not shown. Its login is the AMQP connection's unless the URL has one.
    /// </summary>
    public Uri? RabbitMqManagementUrl { get; set; }

    /// <summary>Messages a consumer handles at once (per process); 0 leaves MassTransit's default.</summary>
    [Range(0, 1000)]
    public int ConcurrentMessageLimit { get; set; }
}
