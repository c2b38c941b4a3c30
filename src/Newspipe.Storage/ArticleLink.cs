namespace Newspipe.Storage;

/// <summary>Another article referred to by id; <paramref name="Title"/> is null when it is not (or not yet) stored.</summary>
public sealed record ArticleLink(Guid Id, string? Title);
