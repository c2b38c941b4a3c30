namespace Newspipe.EndToEnd.Tests;

/// <summary>
/// Just enough of the protobuf wire format to read OTLP spans: each field of a message as (number, value), where a
/// length-delimited value is its bytes and the others their integer.
/// </summary>
internal static class ProtobufReader
{
    public static IEnumerable<(int Field, ReadOnlyMemory<byte> Bytes, ulong Number)> Fields(ReadOnlyMemory<byte> message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var key = Varint(message.Span, ref position);
            var field = (int)(key >> 3);
            switch ((int)(key & 7))
            {
                case 0:
                    yield return (field, ReadOnlyMemory<byte>.Empty, Varint(message.Span, ref position));
                    break;
                case 1:
                    yield return (field, ReadOnlyMemory<byte>.Empty, BitConverter.ToUInt64(message.Span.Slice(position, 8)));
                    position += 8;
                    break;
                case 2:
                    var length = (int)Varint(message.Span, ref position);
                    yield return (field, message.Slice(position, length), 0);
                    position += length;
                    break;
                case 5:
                    yield return (field, ReadOnlyMemory<byte>.Empty, BitConverter.ToUInt32(message.Span.Slice(position, 4)));
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"Unsupported protobuf wire type in key {key}");
            }
        }
    }

    private static ulong Varint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
