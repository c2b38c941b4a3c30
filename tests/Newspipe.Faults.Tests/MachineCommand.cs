using System.Diagnostics;

namespace Newspipe.Faults.Tests;

/// <summary>Runs a command of this machine (pg_ctlcluster, rabbitmqctl) to completion.</summary>
internal static class MachineCommand
{
    /// <summary>Runs <paramref name="file"/> and returns what it printed; throws when it exits with a non-zero code.</summary>
    public static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} could not be started");
        var error = process.StandardError.ReadToEndAsync();
        var printed = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? printed
            : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{printed}");
    }
}
