using Newspipe.Contracts;
using Newspipe.Testing;

namespace Newspipe.Pipeline.Tests;

/// <summary>Messages built from the real seed articles.</summary>
internal static class Messages
{
    public const string Seed = "000_f658a43d2968eeb6.txt";

    public static ArticleIngested Ingested(string content, string sourceName = Seed) => new()
    {
        ArticleId = Guid.NewGuid(),
        SourceName = sourceName,
        Format = ArticleFormat.Text,
        Content = content,
        ContentHash = "hash",
        Encoding = "utf-8",
        IngestedAt = DateTimeOffset.UtcNow,
    };

    public static ArticleCleaned Cleaned(string sourceName = Seed) => new()
    {
        ArticleId = Guid.NewGuid(),
        SourceName = sourceName,
        ContentHash = "hash",
        Metadata = new ArticleMetadata { Title = GoldenSeeds.Title(sourceName) },
        Text = File.ReadAllText(GoldenSeeds.SeedPath(sourceName)),
        IngestedAt = DateTimeOffset.UtcNow,
        CleanedAt = DateTimeOffset.UtcNow,
    };

    public static ArticleEnriched Enriched() => new()
    {
        ArticleId = Guid.NewGuid(),
        SourceName = Seed,
        ContentHash = "hash",
        Metadata = new ArticleMetadata { Title = GoldenSeeds.Title(Seed) },
        Text = "Vladimir Putin visited Pyongyang.",
        Language = "en",
        LanguageConfidence = 1,
        Entities =
        [
            new EntityMention { Text = "Vladimir Putin", Type = "PERSON", Start = 0, End = 14, Canonical = "Vladimir Putin" },
            new EntityMention { Text = "Pyongyang", Type = "LOCATION", Start = 23, End = 32, Canonical = "Pyongyang" },
        ],
        Quotes = [],
        Keywords = ["putin"],
        Summary = "Vladimir Putin visited Pyongyang.",
        StoryId = Guid.NewGuid(),
        IngestedAt = DateTimeOffset.UtcNow,
        CleanedAt = DateTimeOffset.UtcNow,
        EnrichedAt = DateTimeOffset.UtcNow,
    };
}
