namespace Newspipe.Dashboard.Components;

/// <summary>The search page's fields as the query string carries them, so the paging links keep every filter.</summary>
internal sealed record SearchForm(string? Q, string? Entity, string? Story, string? Outlet, string? Language, string? From, string? To);
