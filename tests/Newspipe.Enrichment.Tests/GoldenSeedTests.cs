using System.Text.RegularExpressions;
using Newspipe.Enrichment;

namespace Newspipe.Enrichment.Tests;

/// <summary>The golden expectations for the five seed articles (run on the raw seed text; every golden item is in the body).</summary>
public sealed class GoldenSeedTests(EnricherFixture fixture) : IClassFixture<EnricherFixture>
{
    public static TheoryData<string> Seeds() => TestArticles.SeedFiles();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_golden_entity_is_found_with_its_type_and_canonical_name(string file)
    {
        var seed = TestArticles.Seed(file);
        var result = fixture.Enricher.Enrich(seed.Title, seed.Text);
        var found = result.Entities.Select(e => EntityIdentity.KeyOf(e.Canonical, e.Type)).ToHashSet();

        var missing = seed.Entities.Where(g => !found.Contains(EntityIdentity.KeyOf(g.Name, g.Type))).Select(g => $"{g.Name} ({g.Type})").ToList();

        Assert.True(missing.Count == 0, $"Missing in {file}: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Aliases_resolve_to_the_canonical_entity(string file)
    {
        var seed = TestArticles.Seed(file);
        var result = fixture.Enricher.Enrich(seed.Title, seed.Text);

        foreach (var golden in seed.Entities)
        {
            var key = EntityIdentity.KeyOf(golden.Name, golden.Type);
            foreach (var alias in golden.Aliases)
            {
                var mentions = result.Entities.Where(e => e.Text == alias).ToList();
                Assert.True(mentions.Count > 0, $"{file}: alias \"{alias}\" of {golden.Name} was not found as a mention.");
                Assert.All(mentions, m => Assert.Equal(key, EntityIdentity.KeyOf(m.Canonical, m.Type)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Distinct_entities_are_not_merged(string file)
    {
        var seed = TestArticles.Seed(file);
        var result = fixture.Enricher.Enrich(seed.Title, seed.Text);

        foreach (var golden in seed.Entities)
        {
            foreach (var other in golden.Distinct)
            {
                var otherMentions = result.Entities.Where(e => e.Text == other).ToList();
                Assert.True(otherMentions.Count > 0, $"{file}: \"{other}\" was not found.");
                Assert.All(otherMentions, m => Assert.NotEqual(
                    EntityIdentity.KeyOf(golden.Name, golden.Type), EntityIdentity.KeyOf(m.Canonical, m.Type)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Golden_quotes_are_attributed_to_the_right_speaker(string file)
    {
        var seed = TestArticles.Seed(file);
        var result = fixture.Enricher.Enrich(seed.Title, seed.Text);

        foreach (var golden in seed.Quotes)
        {
            var quote = result.Quotes.FirstOrDefault(q => Normalize(q.Text).Contains(Normalize(golden.Contains), StringComparison.Ordinal));
            Assert.True(quote is not null, $"{file}: no quote containing \"{golden.Contains}\".");
            Assert.Equal(
                EntityIdentity.KeyOf(golden.Speaker, EntityType.Person),
                EntityIdentity.KeyOf(quote.Speaker, EntityType.Person));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Offsets_point_at_the_mention_and_quote_in_the_text(string file)
    {
        var seed = TestArticles.Seed(file);
        var result = fixture.Enricher.Enrich(seed.Title, seed.Text);

        Assert.NotEmpty(result.Entities);
        Assert.All(result.Entities, e => Assert.Equal(e.Text, seed.Text[e.Start..e.End]));
        Assert.All(result.Quotes, q => Assert.Contains(q.Text.Split("\n\n")[0], seed.Text[q.Start..q.End], StringComparison.Ordinal));
        Assert.Equal(result.Entities.OrderBy(e => e.Start).ToList(), result.Entities);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seeds_are_english_with_keywords_and_a_summary_taken_from_the_text(string file)
    {
        var seed = TestArticles.Seed(file);
        var result = fixture.Enricher.Enrich(seed.Title, seed.Text);

        Assert.Equal("en", result.Language);
        Assert.True(result.LanguageConfidence > 0.9, $"confidence {result.LanguageConfidence}");
        Assert.InRange(result.Keywords.Count, 3, 8);
        Assert.Contains(result.Keywords, k => k.Contains("treaty", StringComparison.Ordinal) || k.Contains("agreement", StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(result.Summary));
        var flatText = Normalize(seed.Text);
        var sentences = Regex.Split(result.Summary, @"(?<=[.!?][""”’]?)\s+(?=[A-Z“""])");
        Assert.InRange(sentences.Length, 2, 4);
        Assert.All(sentences, s => Assert.Contains(Normalize(s), flatText, StringComparison.Ordinal));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
