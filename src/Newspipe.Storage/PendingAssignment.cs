namespace Newspipe.Storage;

/// <summary>A story assignment waiting for its turn (<see cref="StoryIndex.AssignAsync"/>), with its keys distinct and sorted.</summary>
internal sealed record PendingAssignment(
    StoryEntry Entry, long[] Keys, Func<ulong, string, bool> IsNearDuplicate, Func<string, double> Similarity, double Threshold);
