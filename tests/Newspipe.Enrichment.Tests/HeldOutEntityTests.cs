using Newspipe.Enrichment;
using Xunit.Abstractions;

namespace Newspipe.Enrichment.Tests;

/// <summary>Entity-level F1 on short news paragraphs written and labelled for this test (Fixtures/HeldOut).</summary>
public sealed class HeldOutEntityTests(EnricherFixture fixture, ITestOutputHelper output) : IClassFixture<EnricherFixture>
{
    [Fact]
    public void Entity_level_f1_is_at_least_0_8_on_held_out_paragraphs()
    {
        int truePositives = 0, predicted = 0, expected = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "HeldOut"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var gold = File.ReadAllLines(Path.ChangeExtension(path, ".entities"))
                .Where(l => l.Length > 0)
                .Select(l => l.Split('\t'))
                .Select(p => (Type: TestArticles.ParseType(p[0]), Text: p[1]))
                .ToList();
            var found = fixture.Enricher.Enrich(string.Empty, text).Entities.Select(e => (e.Type, e.Text)).ToList();

            // Exact surface and type, counted per mention.
            var unmatched = gold.ToList();
            foreach (var mention in found)
            {
                if (unmatched.Remove(mention))
                {
                    truePositives++;
                }
                else
                {
                    output.WriteLine($"{Path.GetFileName(path)} spurious: {mention.Type} {mention.Text}");
                }
            }

            foreach (var missed in unmatched)
            {
                output.WriteLine($"{Path.GetFileName(path)} missed: {missed.Type} {missed.Text}");
            }

            predicted += found.Count;
            expected += gold.Count;
        }

        var precision = (double)truePositives / predicted;
        var recall = (double)truePositives / expected;
        var f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"precision {precision:F3} recall {recall:F3} F1 {f1:F3} ({truePositives}/{predicted} predicted, {expected} expected)");

        Assert.True(f1 >= 0.8, $"F1 {f1:F3} (precision {precision:F3}, recall {recall:F3})");
    }
}
