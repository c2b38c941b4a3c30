using System.IO.Enumeration;

namespace Newspipe.Ingestion;

/// <summary>The folders of one inbox and the rules for which names in it are article files.</summary>
internal sealed class InboxLayout
{
    public InboxLayout(string path)
    {
        Root = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        Processed = System.IO.Path.Combine(Root, InboxOptions.ProcessedFolder);
        Failed = System.IO.Path.Combine(Root, InboxOptions.FailedFolder);
        State = System.IO.Path.Combine(Root, InboxOptions.StateFolder);
        Claims = System.IO.Path.Combine(State, "claims");
        Kept = System.IO.Path.Combine(State, "kept");
    }

    public string Root { get; }

    public string Processed { get; }

    public string Failed { get; }

    public string State { get; }

    public string Claims { get; }

    public string Kept { get; }

    /// <summary>
    /// The inbox-relative name ("sub/a.html", always '/'-separated) of a path that is a candidate article file,
    /// or null for paths outside the inbox, in reserved folders or with temporary names.
    /// </summary>
    public string? CandidateName(string fullPath)
    {
        var relative = System.IO.Path.GetRelativePath(Root, fullPath);
        if (relative == "." || System.IO.Path.IsPathRooted(relative))
        {
            return null;
        }

        var segments = relative.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        if (segments[0] == ".." || IsReservedTopFolder(segments[0]) || IsIgnoredFileName(segments[^1]))
        {
            return null;
        }

        // Dot-folders (the claim folder among them) are never part of a candidate's path.
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (segments[i].Length == 0 || segments[i][0] == '.')
            {
                return null;
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Whether a path lies in one of the folders the inbox writes to itself.</summary>
    public bool IsReserved(string fullPath) =>
        IsUnder(fullPath, Processed) || IsUnder(fullPath, Failed) || IsUnder(fullPath, State);

    /// <summary>Whether a scanned entry is a symbolic link (to a file or a folder).</summary>
    public static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>
    /// Whether any folder between the inbox and <paramref name="fullPath"/> is a symbolic link: then the path leads
    /// outside, and nothing there may be read or moved.
    /// </summary>
    public bool HasLinkedFolder(string fullPath)
    {
        for (var folder = System.IO.Path.GetDirectoryName(fullPath);
             folder is not null && folder.Length > Root.Length;
             folder = System.IO.Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a directory met during a scan may hold candidates (never one reached through a link).</summary>
    public bool ShouldRecurse(ref FileSystemEntry entry)
    {
        if (entry.FileName.StartsWith('.') || IsLink(ref entry))
        {
            return false;
        }

        return !(entry.Directory.SequenceEqual(Root) && IsReservedTopFolder(entry.FileName.ToString()));
    }

    /// <summary>Temporary names are ignored until the writer renames the file to its final name.</summary>
    public static bool IsIgnoredFileName(ReadOnlySpan<char> fileName) =>
        fileName.IsEmpty
        || fileName[0] == '.'
        || fileName.StartsWith("~$")
        || fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="name"/> under <paramref name="folder"/>; refuses names that would leave it.</summary>
    public static string Under(string folder, string name)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, name));
        if (!full.StartsWith(folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not inside '{folder}'.", nameof(name));
        }

        return full;
    }

    /// <summary>"folder/name (n).ext" for "folder/name.ext".</summary>
    public static string Suffixed(string path, int n) =>
        System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(path)!,
            $"{System.IO.Path.GetFileNameWithoutExtension(path)} ({n}){System.IO.Path.GetExtension(path)}");

    /// <summary>
    /// Moves <paramref name="source"/> to <paramref name="desired"/>, or to the first free suffixed name beside it:
    /// an existing file is never overwritten, even when another instance takes the same name at the same moment.
    /// </summary>
    public static string MoveToFreePath(string source, string desired)
    {
        var target = desired;
        var folderCreated = false;
        for (var n = 2; ; n++)
        {
            try
            {
                if (NoReplaceMove.TryMove(source, target))
                {
                    return target;
                }

                target = Suffixed(desired, n);
            }
            catch (DirectoryNotFoundException) when (!folderCreated)
            {
                // Most moves go to a folder that is already there: create it only when the move says it is not.
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                folderCreated = true;
                n--;
            }
        }
    }

    private static bool IsUnder(string path, string folder) =>
        path.Length > folder.Length
        && path[folder.Length] == System.IO.Path.DirectorySeparatorChar
        && path.StartsWith(folder, StringComparison.OrdinalIgnoreCase);

    private static bool IsReservedTopFolder(string name) =>
        name.Equals(InboxOptions.ProcessedFolder, StringComparison.OrdinalIgnoreCase)
        || name.Equals(InboxOptions.FailedFolder, StringComparison.OrdinalIgnoreCase);
}
