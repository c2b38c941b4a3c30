namespace Newspipe.Cleaning.Html;

/// <summary>How strict one extraction attempt is; a page that yields too little text is tried again with fewer filters.</summary>
[Flags]
internal enum ExtractionPass
{
    None = 0,

    /// <summary>Drop blocks whose class/id names boilerplate before scoring.</summary>
    StripUnlikely = 1,

    /// <summary>Let class/id vocabulary raise or lower candidate scores.</summary>
    WeightClasses = 2,

    /// <summary>Prune link-dense and boilerplate blocks inside the chosen content.</summary>
    PruneConditionally = 4,

    All = StripUnlikely | WeightClasses | PruneConditionally,
}
