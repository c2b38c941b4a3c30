namespace Newspipe.Storage;

/// <summary>How a search clause joins the clauses before it.</summary>
internal enum SearchJoin
{
    And,
    Or,
    Not,
}
