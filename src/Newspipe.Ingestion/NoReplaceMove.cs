using System.Runtime.InteropServices;

namespace Newspipe.Ingestion;

/// <summary>
/// Moves a file only if nothing is at the target, atomically. File.Move(overwrite: false) checks and then renames on
/// Linux, so two instances completing files of the same name at once could overwrite one another.
/// </summary>
internal static class NoReplaceMove
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameNoReplace = 1;
    private const int ErrorNotPermitted = 1;
    private const int ErrorNotFound = 2;
    private const int ErrorExists = 17;
    private const int ErrorCrossDevice = 18;
    private const int ErrorInvalid = 22;
    private const int ErrorNotImplemented = 38;
    private const int ErrorNotSupported = 95;

    // Cleared at the first file system or C library that lacks renameat2 or hard links; later moves skip it.
    private static volatile bool renameAt2Works = OperatingSystem.IsLinux();
    private static volatile bool linkWorks = !OperatingSystem.IsWindows();

    /// <summary>True if moved; false if something is already at <paramref name="target"/>.</summary>
    public static bool TryMove(string source, string target)
    {
        if (renameAt2Works)
        {
            try
            {
                if (RenameAt2(AtCurrentDirectory, source, AtCurrentDirectory, target, RenameNoReplace) == 0)
                {
                    return true;
                }
            }
            catch (EntryPointNotFoundException)
            {
                renameAt2Works = false;
                return TryMove(source, target);
            }

            var error = Marshal.GetLastPInvokeError();
            if (error is not (ErrorInvalid or ErrorNotImplemented or ErrorNotSupported or ErrorNotPermitted))
            {
                return error == ErrorExists ? false : throw Failure(error, source, target);
            }

            renameAt2Works = false;
        }

        if (linkWorks)
        {
            // link(2) fails if the target exists; the source is ours alone, so unlinking it after is safe.
            if (Link(source, target) == 0)
            {
                File.Delete(source);
                return true;
            }

            var error = Marshal.GetLastPInvokeError();
            if (error is not (ErrorNotPermitted or ErrorNotSupported or ErrorCrossDevice))
            {
                return error == ErrorExists ? false : throw Failure(error, source, target);
            }

            linkWorks = false;
        }

        // Windows moves without replacing atomically; elsewhere this is the best left.
        try
        {
            File.Move(source, target, overwrite: false);
            return true;
        }
        catch (IOException) when (InboxEntry.At(source).Exists && InboxEntry.At(target).Exists)
        {
            return false;
        }
    }

    private static IOException Failure(int error, string source, string target) => error switch
    {
        ErrorNotFound when !InboxEntry.At(source).Exists => new FileNotFoundException($"Could not find file '{source}'.", source),
        ErrorNotFound => new DirectoryNotFoundException($"Could not find a part of the path '{target}'."),
        _ => new IOException($"Moving '{source}' to '{target}' failed: {Marshal.GetPInvokeErrorMessage(error)}", error),
    };

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(
        int oldDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath,
        uint flags);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(
        [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
