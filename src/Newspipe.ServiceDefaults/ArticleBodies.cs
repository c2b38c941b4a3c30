using System.Text;
using MassTransit;
using MassTransit.MessageData;
using Microsoft.Extensions.Options;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Puts large article bodies into MassTransit message data (a file-system repository) and reads them back, so a
/// message carries the address instead of the body.
/// </summary>
public sealed class ArticleBodies
{
    private readonly IMessageDataRepository repository;
    private readonly int thresholdBytes;
    private readonly TimeSpan timeToLive;

    public ArticleBodies(IOptions<MessageDataOptions> options)
    {
        var directory = new DirectoryInfo(System.IO.Path.GetFullPath(options.Value.Path));
        directory.Create();
        repository = new FileSystemMessageDataRepository(directory);
        thresholdBytes = options.Value.ThresholdBytes;
        timeToLive = options.Value.TimeToLive;
    }

    /// <summary>The body itself when small, else "" and the address it was stored under.</summary>
    public async Task<(string Content, string? Address)> ShipAsync(string content, CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(content) <= thresholdBytes)
        {
            return (content, null);
        }

        var stored = await repository.PutString(content, cancellationToken);
        return ("", stored.Address.ToString());
    }

    /// <summary>The body of a message: inline, or read from its address.</summary>
    public async Task<string> ReceiveAsync(string content, string? address, CancellationToken cancellationToken)
    {
        if (address is null)
        {
            return content;
        }

        try
        {
            var stored = await repository.GetString(new Uri(address), cancellationToken);
            return await stored.Value;
        }
        catch (Exception exception) when (exception is MessageDataNotFoundException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ArticleBodyMissingException(
                $"The article body at {address} is gone: claim-check bodies are kept {timeToLive.TotalDays:0.#} days (MessageData:TimeToLive)", exception);
        }
    }
}
