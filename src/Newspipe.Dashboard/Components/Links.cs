namespace Newspipe.Dashboard.Components;

/// <summary>The pages' addresses, built in one place so ids with spaces and colons (entity keys) stay one path segment.</summary>
internal static class Links
{
    public static string Entity(string id) => $"/entities/{Uri.EscapeDataString(id)}";

    public static string Search(string? text = null, string? entity = null, string? story = null, int page = 1, SearchForm? form = null)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", text ?? form?.Q);
        Add("entity", entity ?? form?.Entity);
        Add("story", story ?? form?.Story);
        Add("outlet", form?.Outlet);
        Add("language", form?.Language);
        Add("from", form?.From);
        Add("to", form?.To);
        if (page > 1)
        {
            query.Add($"page={page}");
        }

        return query.Count == 0 ? "/search" : $"/search?{string.Join('&', query)}";
    }
}
