namespace Newspipe.Storage;

/// <summary>An entity in the entity list: <paramref name="Id"/> is its key; how many articles mention it.</summary>
public sealed record EntitySummary(string Id, string Name, string Type, int Articles);
