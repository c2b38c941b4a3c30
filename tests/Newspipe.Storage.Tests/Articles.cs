using Newspipe.Contracts;

namespace Newspipe.Storage.Tests;

internal static class Articles
{
    public static ArticleEnriched Enriched(Guid id, string title, params (string Text, string Canonical, string Type)[] entities) => new()
    {
        ArticleId = id,
        SourceName = $"{title}.txt",
        ContentHash = id.ToString("N"),
        Metadata = new ArticleMetadata { Title = title, Outlet = "Test Outlet", Published = "2024-06-19" },
        Text = $"{title}. " + string.Join(" ", entities.Select(e => e.Text)),
        Language = "en",
        LanguageConfidence = 0.99,
        Entities = entities.Select((e, i) => new EntityMention { Text = e.Text, Canonical = e.Canonical, Type = e.Type, Start = i, End = i + 1 }).ToList(),
        Quotes = [new Quotation { Speaker = "Vladimir Putin", Text = "a breakthrough document" }],
        Keywords = ["treaty", "defence"],
        Summary = "A summary.",
        StoryId = id,
        IngestedAt = DateTimeOffset.UtcNow.AddSeconds(-3),
        CleanedAt = DateTimeOffset.UtcNow.AddSeconds(-2),
        EnrichedAt = DateTimeOffset.UtcNow.AddSeconds(-1),
    };

    /// <summary>The key the Enrich library would give: type and letters only, so spellings meet.</summary>
    public static string Key(EntityMention mention) =>
        mention.Type + ":" + new string(mention.Canonical.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
