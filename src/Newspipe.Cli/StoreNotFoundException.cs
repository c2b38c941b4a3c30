namespace Newspipe.Cli;

/// <summary>A command that reads the store was pointed at a folder that holds none.</summary>
internal sealed class StoreNotFoundException(string message) : Exception(message);
