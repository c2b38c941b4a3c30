namespace Newspipe.Faults.Tests;

/// <summary>Counts what the pipeline wrote, read straight from its database as a user's query would.</summary>
internal interface IStoreTally
{
    Task<int> StoredAsync();

    Task<StoreCounts> CountAsync();
}
