using Newspipe.Contracts;

namespace Newspipe.Dashboard.Journey;

/// <summary>One stage of the waterfall: its hop, queue wait and work time, and where its bars sit (fractions of the whole).</summary>
public sealed record WaterfallRow(StageHop Hop, TimeSpan Wait, TimeSpan Work, double Offset, double WaitWidth, double WorkWidth);
