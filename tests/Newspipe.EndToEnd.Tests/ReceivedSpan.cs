namespace Newspipe.EndToEnd.Tests;

/// <summary>A span as an OTLP exporter sent it: ids in hex, the service that sent it, and the spans it links to.</summary>
internal sealed record ReceivedSpan(string Service, string TraceId, string SpanId, string? ParentSpanId, string Name, IReadOnlyList<string> LinkedSpanIds);
