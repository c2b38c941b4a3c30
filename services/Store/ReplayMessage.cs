using System.Text.Json.Serialization;
using System.Text.Json;
using Newspipe.Contracts;

namespace Newspipe.Store;

/// <summary>
/// A failed message read back from its stored envelope, as the stage's consumer would read it: the same contract
/// type, field names and rules. A message that could not be read then cannot be read now either, and says why.
/// </summary>
internal sealed record ReplayMessage(object? Message, string? Problem)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Dictionary<string, Type> Contracts = new[]
    {
        typeof(ArticleIngested), typeof(ArticleCleaned), typeof(ArticleEnriched),
    }.ToDictionary(type => $"urn:message:{type.Namespace}:{type.Name}", StringComparer.Ordinal);

    public bool IsReadable => Message is not null;

    public static ReplayMessage Read(string? envelope, string? messageType)
    {
        if (envelope is null)
        {
            return new ReplayMessage(null, "no message was kept with the failure");
        }

        if (messageType is null || !Contracts.TryGetValue(messageType, out var type))
        {
            return new ReplayMessage(null, $"the message type {messageType ?? "(none)"} is not one a stage takes");
        }

        try
        {
            using var document = JsonDocument.Parse(envelope);
            var message = document.RootElement.TryGetProperty("message", out var body)
                ? body.Deserialize(type, Json)
                : null;
            return message is null
                ? new ReplayMessage(null, "the envelope holds no message")
                : new ReplayMessage(message, null);
        }
        catch (JsonException exception)
        {
            return new ReplayMessage(null, $"the message still cannot be read as {type.Name}: {exception.Message}");
        }
    }
}
