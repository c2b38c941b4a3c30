namespace Newspipe.ServiceDefaults;

/// <summary>A RabbitMQ connection string (<c>amqp://user:password@host:port/vhost</c>) taken apart.</summary>
public sealed record RabbitMqConnection(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static RabbitMqConnection Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "rabbitmq"))
        {
            throw new FormatException(
                $"ConnectionStrings:rabbitmq must look like amqp://user:password@host:5672/ (got '{connectionString}')");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        return new RabbitMqConnection(
            uri.Host,
            uri.IsDefaultPort || uri.Port < 0 ? (ushort)5672 : (ushort)uri.Port,
            vhost.Length == 0 ? "/" : vhost,
            credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest",
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest");
    }
}
