namespace Newspipe.ServiceDefaults;

/// <summary>
/// The stage at work in this async flow, set by <see cref="StageTelemetryFilter{T}"/> around a consumer, so the
/// consumer's hop in the journey (<see cref="StageJourney"/>) says when the stage took the message.
/// </summary>
internal sealed record StageVisit(string Stage, DateTimeOffset StartedAt)
{
    private static readonly AsyncLocal<StageVisit?> CurrentVisit = new();

    public static StageVisit? Current
    {
        get => CurrentVisit.Value;
        set => CurrentVisit.Value = value;
    }
}
