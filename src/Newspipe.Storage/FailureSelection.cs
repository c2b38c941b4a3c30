namespace Newspipe.Storage;

/// <summary>Which failures a replay or archive acts on: one (by id or unique id prefix), a group, a stage, or all.</summary>
public sealed record FailureSelection(string? Id = null, string? GroupKey = null, string? Stage = null, bool All = false)
{
    public bool IsEmpty => Id is null && GroupKey is null && Stage is null && !All;

    public override string ToString() =>
        Id is not null ? $"failure {Id}"
        : GroupKey is not null ? $"group {GroupKey}"
        : Stage is not null ? $"stage {Stage}"
        : "all failures";
}
