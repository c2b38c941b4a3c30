namespace Newspipe.EndToEnd.Tests;

/// <summary>A folder outside the inbox with files that links point at; none may be read, moved or changed.</summary>
internal sealed class Decoys : IDisposable
{
    private const string Content = "root:x:0:0:decoy, must never be read or moved";

    private readonly string[] files;

    public Decoys()
    {
        Folder = Directory.CreateTempSubdirectory("newspipe-outside-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "deeper"));
        files = [Path.Combine(Folder, "passwd"), Path.Combine(Folder, "hosts.txt"), Path.Combine(Folder, "deeper", "shadow.txt")];
        foreach (var file in files)
        {
            File.WriteAllText(file, Content);
        }
    }

    public string Folder { get; }

    public void AssertUntouched() =>
        Assert.All(files, file => Assert.True(File.Exists(file) && File.ReadAllText(file) == Content, $"{file} was moved or changed"));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
