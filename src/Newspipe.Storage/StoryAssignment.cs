namespace Newspipe.Storage;

/// <summary>The story an article joined and the earlier article it copies, if any.</summary>
public sealed record StoryAssignment(Guid StoryId, Guid? DuplicateOf);
