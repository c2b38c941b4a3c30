namespace Newspipe.Cli;

/// <summary>What <c>newspipe run</c> was asked for.</summary>
internal sealed record EmbeddedSettings(string Inbox, string DataDirectory, string? Seeds, string Urls);
