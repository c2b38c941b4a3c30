using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Newspipe.Ingestion;

/// <summary>
/// Picks a file's encoding: byte order mark, then the charset an HTML page declares in its first 1024 bytes,
/// then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what "Latin-1" files really are, as browsers agree).
/// </summary>
internal static partial class TextDecoder
{
    private const int HtmlPrescanBytes = 1024;

    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly Encoding Windows1252 = CreateWindows1252();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool isHtml)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Utf8Strict.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        var isUtf8 = Utf8.IsValid(bytes);
        if (isHtml && DeclaredEncoding(bytes[..Math.Min(bytes.Length, HtmlPrescanBytes)]) is { } declared
            && (declared.CodePage != Encoding.UTF8.CodePage || isUtf8))
        {
            return new DecodedText(declared.GetString(bytes), declared.WebName);
        }

        // A page declaring UTF-8 whose bytes are not UTF-8 was re-saved in a legacy code page: fall through.
        if (isUtf8)
        {
            return new DecodedText(Utf8Strict.GetString(bytes), "utf-8");
        }

        // UTF-8 apart from a few bad bytes (a truncated copy, one stray byte) stays UTF-8, the bad bytes replaced; a
        // real Latin-1 file has no valid multi-byte sequences to speak of.
        var (multibyte, invalid) = Utf8Sequences(bytes);
        return multibyte > invalid
            ? new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", invalid)
            : new DecodedText(Windows1252.GetString(bytes), Windows1252.WebName);
    }

    /// <summary>Valid multi-byte UTF-8 sequences and invalid ones, as a UTF-8 decoder would meet them.</summary>
    private static (int Multibyte, int Invalid) Utf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int multibyte = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                invalid++;
            }
            else if (consumed > 1)
            {
                multibyte++;
            }

            bytes = bytes[consumed..];
        }

        return (multibyte, invalid);
    }

    public static bool StartsWithUtf16ByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var match = MetaCharset().Match(Encoding.Latin1.GetString(head));
        if (!match.Success)
        {
            return null;
        }

        var label = match.Groups["charset"].Value.ToLowerInvariant();
        switch (label)
        {
            // The WHATWG Encoding Standard: these labels mean windows-1252, and a UTF-16 label found by an ASCII
            // prescan can only be wrong, so it means UTF-8.
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252":
                return Windows1252;
            case "utf-16" or "utf-16le" or "utf-16be":
                return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    // Both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
