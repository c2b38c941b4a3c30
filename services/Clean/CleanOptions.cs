using System.ComponentModel.DataAnnotations;
using Newspipe.Cleaning;

namespace Newspipe.Clean;

/// <summary>Limits of the Clean stage per article (section <c>Clean</c>).</summary>
public sealed class CleanOptions
{
    public const string Section = "Clean";

    /// <summary>Longer article texts are cut (at a paragraph or sentence end); the cut is noted in the record.</summary>
    [Range(1_000, 50_000_000)]
    public int MaxTextChars { get; set; } = TextLimit.DefaultMaxChars;

    /// <summary>An article whose cleaning takes longer fails with that reason.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(30);
}
