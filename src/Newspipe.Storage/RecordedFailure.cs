namespace Newspipe.Storage;

/// <summary>What <see cref="FailureStore.RecordAsync"/> did: the failure as stored, and whether it is a new row.</summary>
public sealed record RecordedFailure(FailureRecord Failure, bool IsNew);
