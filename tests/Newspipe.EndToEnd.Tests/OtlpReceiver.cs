using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Newspipe.EndToEnd.Tests;

/// <summary>
/// An OTLP/HTTP receiver (protobuf) on a free loopback port: what the services export with
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> and <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>. It keeps the spans
/// (ExportTraceServiceRequest of opentelemetry-proto) and answers metrics and logs with an empty success.
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ReceivedSpan> spans = new();
    private readonly Task loop;

    private OtlpReceiver(int port)
    {
        Endpoint = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add($"{Endpoint}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public IReadOnlyList<ReceivedSpan> Spans => [.. spans];

    public static OtlpReceiver Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new OtlpReceiver(port);
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (context.Request.Url?.AbsolutePath == "/v1/traces")
            {
                foreach (var span in Read(body.ToArray()))
                {
                    spans.Enqueue(span);
                }
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    // ExportTraceServiceRequest: 1 resource_spans { 1 resource { 1 attributes }, 2 scope_spans { 2 spans } }.
    private static IEnumerable<ReceivedSpan> Read(ReadOnlyMemory<byte> request)
    {
        foreach (var resourceSpans in ProtobufReader.Fields(request).Where(f => f.Field == 1))
        {
            var fields = ProtobufReader.Fields(resourceSpans.Bytes).ToList();
            var service = fields.Where(f => f.Field == 1).Select(f => ServiceName(f.Bytes)).FirstOrDefault(s => s is not null) ?? "?";
            foreach (var scopeSpans in fields.Where(f => f.Field == 2))
            {
                foreach (var span in ProtobufReader.Fields(scopeSpans.Bytes).Where(f => f.Field == 2))
                {
                    yield return Span(service, span.Bytes);
                }
            }
        }
    }

    // Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 13 links { 1 trace_id, 2 span_id }.
    private static ReceivedSpan Span(string service, ReadOnlyMemory<byte> span)
    {
        var fields = ProtobufReader.Fields(span).ToList();
        string? Hex(int field) => fields.Where(f => f.Field == field && f.Bytes.Length > 0).Select(f => Convert.ToHexStringLower(f.Bytes.Span)).FirstOrDefault();
        var links = fields.Where(f => f.Field == 13)
            .Select(link => ProtobufReader.Fields(link.Bytes).Where(f => f.Field == 2).Select(f => Convert.ToHexStringLower(f.Bytes.Span)).First())
            .ToList();
        return new ReceivedSpan(
            service,
            Hex(1)!,
            Hex(2)!,
            Hex(4),
            fields.Where(f => f.Field == 5).Select(f => Encoding.UTF8.GetString(f.Bytes.Span)).FirstOrDefault() ?? "",
            links);
    }

    // Resource: 1 attributes (KeyValue: 1 key, 2 value (AnyValue: 1 string_value)).
    private static string? ServiceName(ReadOnlyMemory<byte> resource) =>
        ProtobufReader.Fields(resource).Where(f => f.Field == 1)
            .Select(attribute => ProtobufReader.Fields(attribute.Bytes).ToList())
            .Where(kv => kv.Any(f => f.Field == 1 && Encoding.UTF8.GetString(f.Bytes.Span) == "service.name"))
            .Select(kv => ProtobufReader.Fields(kv.First(f => f.Field == 2).Bytes).Where(f => f.Field == 1).Select(f => Encoding.UTF8.GetString(f.Bytes.Span)).FirstOrDefault())
            .FirstOrDefault();
}
