using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Reads the RabbitMQ management API (<c>GET /api/queues/{vhost}</c>) for what AMQP does not tell: the timestamp of
/// the message at the head of each queue (the AMQP <c>timestamp</c> property, which MassTransit sets when it sends, in
/// whole seconds). The broker refreshes these statistics every few seconds, so a queue that has just moved on may
/// show its previous head for that long.
/// </summary>
public sealed class RabbitMqManagement(HttpClient http, Uri baseUrl, RabbitMqConnection connection)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>When each non-empty queue's oldest message was sent, or null when the API does not answer.</summary>
    public async Task<HeadTimestamps?> HeadTimestampsAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, QueuesUrl());
            request.Headers.Authorization = Login();
            using var response = await http.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token);
            return Parse(document.RootElement);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    /// <summary>The queues' head timestamps in the API's answer (an array of queues; unix seconds).</summary>
    public static HeadTimestamps Parse(JsonElement queues)
    {
        var sentAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (queues.ValueKind == JsonValueKind.Array)
        {
            foreach (var queue in queues.EnumerateArray())
            {
                if (queue.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                    && queue.TryGetProperty("head_message_timestamp", out var head) && head.ValueKind == JsonValueKind.Number
                    && head.TryGetInt64(out var seconds) && seconds > 0)
                {
                    sentAt[name.GetString()!] = DateTimeOffset.FromUnixTimeSeconds(seconds);
                }
            }
        }

        return new HeadTimestamps(sentAt);
    }

    private Uri QueuesUrl() =>
        new(baseUrl, $"api/queues/{Uri.EscapeDataString(connection.VirtualHost)}?columns=name,head_message_timestamp");

    private AuthenticationHeaderValue Login()
    {
        var userInfo = baseUrl.UserInfo.Length > 0
            ? Uri.UnescapeDataString(baseUrl.UserInfo)
            : $"{connection.Username}:{connection.Password}";
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userInfo)));
    }
}

/// <summary>When the oldest message of each queue the management API reported was sent.</summary>
public sealed record HeadTimestamps(IReadOnlyDictionary<string, DateTimeOffset> SentAt);
