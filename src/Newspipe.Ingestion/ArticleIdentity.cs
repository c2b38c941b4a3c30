using System.Security.Cryptography;
using System.Text;

namespace Newspipe.Ingestion;

/// <summary>Content hash and the article id derived from it, so re-ingesting the same article is idempotent downstream.</summary>
internal static class ArticleIdentity
{
    public static string Hash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>The first 128 bits of the hash as an RFC 9562 version 8 (custom) UUID.</summary>
    public static Guid IdFromHash(string contentHash)
    {
        Span<byte> bytes = stackalloc byte[16];
        Convert.FromHexString(contentHash.AsSpan(0, 32), bytes, out _, out _);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
