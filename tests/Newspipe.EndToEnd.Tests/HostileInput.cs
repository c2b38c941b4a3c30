using System.Diagnostics;
using System.Text;

namespace Newspipe.EndToEnd.Tests;

/// <summary>One bad (or merely odd) input: how to drop it, and what must come of it.</summary>
internal sealed record HostileInput(string Input, string SourceName, Func<string, Task> DropAsync, HostileOutcome Expected, string Detail)
{
    private const int MaxFileBytes = 12_000_000;

    /// <summary>What the suite sets so the over-size file is over and the 10 MB line is under the limit.</summary>
    public static IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Inbox__MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The whole list; <paramref name="fileLevelOnly"/> leaves out what only the content stages see. Links point into
    /// <paramref name="outside"/>, a folder of decoys the test made (never at the machine's own files: a pipeline
    /// that followed a link would move what it found).
    /// </summary>
    public static IReadOnlyList<HostileInput> All(bool fileLevelOnly, string outside)
    {
        var inputs = new List<HostileInput>
        {
            Failed("empty file", "empty.txt", inbox => Write(inbox, "empty.txt", []), "is empty"),
            Failed("binary", "binary.txt", inbox => Write(inbox, "binary.txt", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256))]), "is binary"),
            Failed("over the size limit", "huge.txt", inbox => Write(inbox, "huge.txt", Encoding.ASCII.GetBytes(new string('a', MaxFileBytes + 1_000_000))), "over the"),
            Failed("unsupported type", "picture.png", inbox => Write(inbox, "picture.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]), "unsupported extension"),
            Failed("symlink to a file outside", "passwd.txt", inbox => Link(inbox, "passwd.txt", Path.Combine(outside, "passwd")), "symbolic link"),
            Failed("symlink to a folder outside", "etc.txt", inbox => Link(inbox, "etc.txt", outside), "symbolic link"),
            Failed("FIFO", "pipe.txt", inbox => MakeFifo(Path.Combine(inbox, "pipe.txt")), "named pipe"),
            Failed("malformed JSON", "broken.json", inbox => Write(inbox, "broken.json", Encoding.UTF8.GetBytes("""{"title": "x", "text": """)), "not valid JSON"),
            Failed("JSON array of 10,000 items", "many.json", inbox => Write(inbox, "many.json", Encoding.UTF8.GetBytes(
                "[" + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"title":"t{{i}}","text":"Article {{i}} text."}""")) + "]")), "over the 5,000-article limit"),
            Ignored("file deleted right after it appears", "vanishing.txt", async inbox =>
            {
                await Write(inbox, "vanishing.txt", Encoding.UTF8.GetBytes(GeneratedArticles.Text(900)));
                File.Delete(Path.Combine(inbox, "vanishing.txt"));
            }),
            Stored("UTF-8 with a few invalid bytes", "bad-bytes.txt", inbox => Write(inbox, "bad-bytes.txt", WithBadByte(GeneratedArticles.Text(901) + Paragraph("It cost £5 at the café"))), "£5 at the café"),
            Stored("UTF-16 LE with BOM", "utf16le.txt", inbox => Write(inbox, "utf16le.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(GeneratedArticles.Text(902) + Paragraph("Zoë paid £3"))]), "Zoë paid £3"),
            Stored("UTF-16 BE with BOM", "utf16be.txt", inbox => Write(inbox, "utf16be.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(GeneratedArticles.Text(903) + Paragraph("Zoë paid £4"))]), "Zoë paid £4"),
            Stored("name with spaces", "an article with spaces.txt", inbox => WriteText(inbox, "an article with spaces.txt", 904), "vote number 904"),
            Stored("unicode name", "ünïcødé-日本.txt", inbox => WriteText(inbox, "ünïcødé-日本.txt", 905), "vote number 905"),
            Stored("newline in the name", "x\nstored    deadbeef  Forged line.txt", inbox => WriteText(inbox, "x\nstored    deadbeef  Forged line.txt", 906), "vote number 906"),
            Stored("leading dash", "-rf.txt", inbox => WriteText(inbox, "-rf.txt", 907), "vote number 907"),
            Stored("dots in the name", "report..final.txt", inbox => WriteText(inbox, "report..final.txt", 908), "vote number 908"),
            Stored("file in a subfolder", "sub/dir/nested.txt", inbox => WriteText(inbox, "sub/dir/nested.txt", 909), "vote number 909"),
            Stored("writer pausing 5 s", "paused.txt", inbox => PausingWriter(Path.Combine(inbox, "paused.txt")), "THE END OF THE PAUSED ARTICLE"),
        };
        if (!fileLevelOnly)
        {
            inputs.AddRange(
            [
                Failed("HTML nested 100,000 deep", "deep.html", inbox => Write(inbox, "deep.html", Encoding.UTF8.GetBytes(
                    "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>x</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>")), "levels deep"),
                Failed("HTML with only scripts and styles", "scripts.html", inbox => Write(inbox, "scripts.html", Encoding.UTF8.GetBytes(
                    "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><script>document.write('x')</script></body></html>")), "No article text"),
                Stored("a 10 MB single line", "one-line.txt", inbox => Write(inbox, "one-line.txt", Encoding.ASCII.GetBytes(
                    string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 180_000)))), "text cut at"),
            ]);
        }

        return inputs;
    }

    private static HostileInput Failed(string input, string source, Func<string, Task> drop, string reason) =>
        new(input, source, drop, HostileOutcome.Failed, reason);

    private static HostileInput Stored(string input, string source, Func<string, Task> drop, string text) =>
        new(input, source, drop, HostileOutcome.Stored, text);

    private static HostileInput Ignored(string input, string source, Func<string, Task> drop) =>
        new(input, source, drop, HostileOutcome.Nothing, "");

    private static async Task Write(string inbox, string name, byte[] bytes)
    {
        var target = Path.Combine(inbox, name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target + ".part", bytes);
        File.Move(target + ".part", target);
    }

    private static Task WriteText(string inbox, string name, int n) => Write(inbox, name, Encoding.UTF8.GetBytes(GeneratedArticles.Text(n)));

    private static Task Link(string inbox, string name, string target)
    {
        File.CreateSymbolicLink(Path.Combine(inbox, name), target);
        return Task.CompletedTask;
    }

    private static async Task MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync();
    }

    // A closing paragraph long enough that cleaning keeps it as article text.
    private static string Paragraph(string phrase) =>
        $"\n\nIn the end, as several residents told reporters on the steps of the town hall, {phrase} after the long meeting, and the council said it would publish the figures in full next week.";

    private static byte[] WithBadByte(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = text.IndexOf("In the end", StringComparison.Ordinal);
        var offset = Encoding.UTF8.GetByteCount(text[..at]);
        return [.. bytes.Take(offset), 0xFF, .. bytes.Skip(offset)];
    }

    private static async Task PausingWriter(string path)
    {
        await using var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite);
        await writer.WriteAsync(Encoding.UTF8.GetBytes(GeneratedArticles.Text(910)));
        await writer.FlushAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await writer.WriteAsync(Encoding.UTF8.GetBytes(Paragraph("THE END OF THE PAUSED ARTICLE")));
    }
}
