using System.Collections.Concurrent;

namespace Newspipe.Ingestion;

/// <summary>
/// Files completed with <see cref="ProcessedFileAction.Keep"/> stay in the inbox; a marker in ".newspipe/kept/&lt;name&gt;"
/// records their size and modification time so they are not processed again, unless they change.
/// </summary>
internal sealed class KeptFiles(InboxLayout layout)
{
    private readonly ConcurrentDictionary<(string Name, long Length, DateTime LastWriteUtc), byte> known = new();

    public bool IsKept(string name, long length, DateTime lastWriteUtc)
    {
        if (known.ContainsKey((name, length, lastWriteUtc)))
        {
            return true;
        }

        var marker = InboxLayout.Under(layout.Kept, name);
        try
        {
            if (!File.Exists(marker) || File.ReadAllText(marker) != Stamp(length, lastWriteUtc))
            {
                return false;
            }
        }
        catch (IOException)
        {
            return false;
        }

        known.TryAdd((name, length, lastWriteUtc), 0);
        return true;
    }

    public void Mark(string name, long length, DateTime lastWriteUtc)
    {
        var marker = InboxLayout.Under(layout.Kept, name);
        Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
        File.WriteAllText(marker, Stamp(length, lastWriteUtc));
        known.TryAdd((name, length, lastWriteUtc), 0);
    }

    private static string Stamp(long length, DateTime lastWriteUtc) => $"{length} {lastWriteUtc.Ticks}";
}
