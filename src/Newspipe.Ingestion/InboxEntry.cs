namespace Newspipe.Ingestion;

/// <summary>
/// What is at a path in the inbox, looked at without following a final symbolic link: a link is an entry of its own
/// (to be refused), never the file or folder it points to.
/// </summary>
internal readonly record struct InboxEntry(bool Exists, bool IsLink, bool IsDirectory, long Length, DateTime LastWriteUtc)
{
    public bool IsCandidate => Exists && (IsLink || !IsDirectory);

    public static InboxEntry At(string path)
    {
        var file = new FileInfo(path);
        if (file.LinkTarget is not null)
        {
            // Length and time of a link are not looked at: following it is what must never happen.
            return new InboxEntry(true, true, false, 0, DateTime.MinValue);
        }

        if (file.Exists)
        {
            return new InboxEntry(true, false, false, file.Length, file.LastWriteTimeUtc);
        }

        return Directory.Exists(path)
            ? new InboxEntry(true, false, true, 0, DateTime.MinValue)
            : default;
    }
}
