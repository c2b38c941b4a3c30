namespace Newspipe.Storage;

/// <summary>An entity one article mentions: how often, and under which spellings there.</summary>
public sealed record EntityInArticle(string Id, string Name, string Type, int Mentions, IReadOnlyList<string> Spellings);
