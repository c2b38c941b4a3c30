namespace Newspipe.Ingestion;

/// <summary>
/// Which files under a folder some process has open for writing, from Linux's /proc (the processes this user may
/// see): a writer that pauses longer than the settle time has not finished its file. One scan serves every file
/// looked at within <see cref="MaxAge"/>, so a burst of files costs one scan, not one each.
/// </summary>
internal sealed class OpenWriters(string root, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(250);
    private const int WriteModes = 0x3; // O_WRONLY | O_RDWR

    private readonly string prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
    private readonly Lock gate = new();
    private HashSet<string> open = [];
    private DateTimeOffset scannedAt = DateTimeOffset.MinValue;

    public bool HasWriter(string path)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
        {
            return false;
        }

        lock (gate)
        {
            var now = time.GetUtcNow();
            if (now - scannedAt > MaxAge)
            {
                open = Scan();
                scannedAt = time.GetUtcNow();
            }

            return open.Contains(Path.GetFullPath(path));
        }
    }

    private HashSet<string> Scan()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(process);
            if (pid.Length > 0 && char.IsAsciiDigit(pid[0]))
            {
                AddWrittenFiles(process, found);
            }
        }

        return found;
    }

    private void AddWrittenFiles(string process, HashSet<string> found)
    {
        try
        {
            foreach (var fd in Directory.EnumerateFileSystemEntries(Path.Combine(process, "fd")))
            {
                if (new FileInfo(fd).LinkTarget is { } target
                    && target.StartsWith(prefix, StringComparison.Ordinal)
                    && IsOpenForWriting(process, Path.GetFileName(fd)))
                {
                    found.Add(target);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            // A process that ended meanwhile, or one this user may not look into.
        }
    }

    private static bool IsOpenForWriting(string process, string fd)
    {
        foreach (var line in File.ReadLines(Path.Combine(process, "fdinfo", fd)))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                return (Convert.ToInt32(line["flags:".Length..].Trim(), 8) & WriteModes) != 0;
            }
        }

        return false;
    }
}
