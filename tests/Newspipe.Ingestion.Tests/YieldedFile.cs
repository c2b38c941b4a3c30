namespace Newspipe.Ingestion.Tests;

/// <summary>A file as the inbox handed it out: its name and its bytes at that moment.</summary>
internal sealed record YieldedFile(string Name, string Content);
