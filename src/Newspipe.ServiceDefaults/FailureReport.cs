using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Builds the <see cref="ArticleFailed"/> for a message a stage gave up on, from what the transport received: the
/// envelope as it came (even when it cannot be deserialized), its headers, the exception and the attempts made.
/// </summary>
public static class FailureReport
{
    /// <summary>Header a replayed message carries: the id of the failure it replays.</summary>
    public const string ReplayOfHeader = "Newspipe-Replay-Of";

    /// <summary>Bodies above this are cut (with a note) so one huge message cannot bloat the failures store.</summary>
    public const int MaxBodyChars = 4 * 1024 * 1024;

    /// <summary>This machine and process, as failures name the one that gave up.</summary>
    public static string ProcessName => $"{Environment.MachineName} (pid {Environment.ProcessId})";

    public static ArticleFailed Create(ReceiveContext context, string stage, string queue, Exception exception, int attempts)
    {
        var body = ReadBody(context);
        var envelope = Envelope.Parse(body);
        var headers = Headers(context);
        return new ArticleFailed
        {
            ArticleId = envelope.ArticleId,
            SourceName = envelope.SourceName ?? $"(message {context.GetMessageId()?.ToString() ?? "without id"} on {queue})",
            Stage = stage,
            Reason = envelope.SourceName is { } source ? $"{source}: {Describe(exception)}" : Describe(exception),
            FailedAt = DateTimeOffset.UtcNow,
            Queue = queue,
            ExceptionType = exception.GetType().FullName,
            StackTrace = exception.ToString(),
            Attempts = attempts,
            MessageId = context.GetMessageId(),
            MessageType = envelope.MessageType,
            Body = body.Length > MaxBodyChars ? body[..MaxBodyChars] + "\n… (cut: the message was larger)" : body,
            Headers = headers,
            TraceId = Activity.Current?.TraceId.ToHexString(),
            Process = ProcessName,
            ReplayOf = ReplayOf(headers, envelope),
        };
    }

    /// <summary>The exception's message and those of the exceptions inside it that add something, e.g. which field was wrong.</summary>
    public static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var current = exception; current is not null && parts.Count < 4; current = current.InnerException)
        {
            var message = current.Message.Trim();
            if (message.Length > 0 && !parts.Any(p => p.Contains(message, StringComparison.Ordinal)))
            {
                parts.Add(message);
            }
        }

        return parts.Count == 0 ? exception.GetType().Name : string.Join(" → ", parts);
    }

    private static string ReadBody(ReceiveContext context)
    {
        try
        {
            return Encoding.UTF8.GetString(context.Body.GetBytes());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return $"(the body could not be read: {exception.Message})";
        }
    }

    private static Dictionary<string, string> Headers(ReceiveContext context)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in context.TransportHeaders.GetAll())
        {
            headers[key] = value switch
            {
                null => "",
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            };
        }

        return headers;
    }

    private static Guid? ReplayOf(Dictionary<string, string> headers, Envelope envelope)
    {
        var value = headers.GetValueOrDefault(ReplayOfHeader) ?? envelope.Header(ReplayOfHeader);
        return Guid.TryParse(value, out var id) ? id : null;
    }

    /// <summary>What can be read from a MassTransit JSON envelope, as far as it parses.</summary>
    private sealed record Envelope(Guid? ArticleId, string? SourceName, string? MessageType, JsonElement? HeaderObject)
    {
        public static Envelope Parse(string body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return new Envelope(null, null, null, null);
                }

                var message = Property(root, "message");
                return new Envelope(
                    message is { } m && Property(m, "articleId") is { ValueKind: JsonValueKind.String } id && Guid.TryParse(id.GetString(), out var guid) ? guid : null,
                    message is { } n && Property(n, "sourceName") is { ValueKind: JsonValueKind.String } source ? source.GetString() : null,
                    Property(root, "messageType") is { ValueKind: JsonValueKind.Array } types && types.GetArrayLength() > 0 ? types[0].ToString() : null,
                    Property(root, "headers")?.Clone());
            }
            catch (JsonException)
            {
                return new Envelope(null, null, null, null);
            }
        }

        public string? Header(string name) =>
            HeaderObject is { ValueKind: JsonValueKind.Object } headers && Property(headers, name) is { } value ? value.ToString() : null;

        private static JsonElement? Property(JsonElement element, string name)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }

            return null;
        }
    }
}
