using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Newspipe.Ingestion;

/// <summary>
/// Reads a file only if it is a regular file, and never through a symbolic link: it is opened with O_NOFOLLOW and
/// O_NONBLOCK (a named pipe cannot hold the reader), and what was opened is checked with statx before a byte is read,
/// so no link or rename race can make Ingest read something outside the inbox. After reading, the file's size and
/// modification time are checked again: a file that changed meanwhile is still being written.
/// </summary>
internal static class RegularFile
{
    private const int OpenReadOnly = 0;
    private const int OpenNonBlocking = 0x800;
    private const int OpenNoFollow = 0x20000;
    private const int OpenCloseOnExec = 0x80000;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxMtime = 0x40;
    private const uint StatxSize = 0x200;
    private const int ErrorLoop = 40;
    private const int ErrorNoDeviceOrAddress = 6;
    private const int ErrorNotFound = 2;

    /// <summary>The file's bytes, up to <paramref name="maxBytes"/> + 1 (so a caller sees that it is over).</summary>
    /// <exception cref="ArticleFileException">Not a regular file, or unreadable.</exception>
    /// <exception cref="FileNotReadyException">The file changed while it was read.</exception>
    public static byte[] Read(string path, string name, long maxBytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            return ReadPortable(path, name, maxBytes);
        }

        using var handle = Open(path, name);
        var before = Status(handle, name);
        if (before.Size > maxBytes)
        {
            throw new ArticleFileException(name, $"is {before.Size:N0} bytes, over the {maxBytes:N0}-byte limit");
        }

        var bytes = new byte[before.Size];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var after = Status(handle, name);
        if (read != before.Size || after != before)
        {
            throw new FileNotReadyException(name, $"changed while it was read ({before.Size:N0} → {after.Size:N0} bytes)");
        }

        return bytes;
    }

    private static SafeFileHandle Open(string path, string name)
    {
        var fd = OpenFile(path, OpenReadOnly | OpenNonBlocking | OpenNoFollow | OpenCloseOnExec);
        if (fd >= 0)
        {
            return new SafeFileHandle(fd, ownsHandle: true);
        }

        var error = Marshal.GetLastPInvokeError();
        throw error switch
        {
            ErrorLoop => new ArticleFileException(name, "is a symbolic link: only regular files inside the inbox are read, links are not followed"),
            ErrorNoDeviceOrAddress => new ArticleFileException(name, "is a socket or device, not a regular file"),
            ErrorNotFound => new ArticleFileException(name, "cannot be read: it was removed"),
            _ => new ArticleFileException(name, $"cannot be read: {Marshal.GetPInvokeErrorMessage(error)}"),
        };
    }

    private static FileStatus Status(SafeFileHandle handle, string name)
    {
        var buffer = new byte[256];
        if (Statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxType | StatxSize | StatxMtime, buffer) != 0)
        {
            throw new ArticleFileException(name, $"cannot be read: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }

        // struct statx: stx_mode (u16) at 28, stx_size (u64) at 40, stx_mtime (i64 seconds, u32 nanoseconds) at 112.
        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        var kind = mode switch
        {
            0x8000 => null,
            0x1000 => "a named pipe (FIFO)",
            0xC000 => "a socket",
            0x2000 or 0x6000 => "a device",
            0x4000 => "a folder",
            0xA000 => "a symbolic link",
            _ => "not a regular file",
        };
        if (kind is not null)
        {
            throw new ArticleFileException(name, $"is {kind}: only regular files are read");
        }

        return new FileStatus(BitConverter.ToInt64(buffer, 40), BitConverter.ToInt64(buffer, 112), BitConverter.ToUInt32(buffer, 120));
    }

    private static byte[] ReadPortable(string path, string name, long maxBytes)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw new ArticleFileException(name, "is a symbolic link: only regular files inside the inbox are read, links are not followed");
        }

        if (info.Length > maxBytes)
        {
            throw new ArticleFileException(name, $"is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
        }

        return File.ReadAllBytes(path);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenFile([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    private readonly record struct FileStatus(long Size, long ModifiedSeconds, uint ModifiedNanoseconds);
}
