namespace Newspipe.Storage;

/// <summary>An entity several articles of a story mention, with how many of them do.</summary>
public sealed record SharedEntity(string Id, string Name, string Type, int Articles);
