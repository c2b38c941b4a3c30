namespace Newspipe.Ingestion;

/// <summary>A file that is still being written: it goes back to the inbox and is read once it is complete.</summary>
public sealed class FileNotReadyException(string file, string reason) : Exception($"{file} {reason}")
{
    public string File { get; } = file;

    public string Reason { get; } = reason;
}
