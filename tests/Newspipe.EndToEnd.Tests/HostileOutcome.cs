namespace Newspipe.EndToEnd.Tests;

/// <summary>What an input must end as.</summary>
internal enum HostileOutcome
{
    /// <summary>A failure record whose reason names the file and the cause.</summary>
    Failed,

    /// <summary>An article stored correctly.</summary>
    Stored,

    /// <summary>Nothing at all (the file was gone before it could be read).</summary>
    Nothing,
}
