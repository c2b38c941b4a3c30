using System.Diagnostics;
using Newspipe.Contracts;

namespace Newspipe.Cleaning.Tests;

public sealed class HostileContentTests
{
    private readonly ArticleCleaner cleaner = new();

    [Fact]
    public void Html_nested_a_hundred_thousand_deep_is_refused_in_well_under_a_second()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Deep text.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var clock = Stopwatch.StartNew();

        var refused = Assert.Throws<CleaningException>(() => cleaner.Clean(html, ArticleFormat.Html));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Contains("levels deep", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_nesting_with_unclosed_paragraphs_is_not_mistaken_for_depth()
    {
        var html = "<html><body><article><h1>Title of the piece</h1>"
            + string.Concat(Enumerable.Repeat("<p>An unclosed paragraph of ordinary article text, long enough to count as text. ", 1500))
            + "</article></body></html>";

        var cleaned = cleaner.Clean(html, ArticleFormat.Html);

        Assert.Contains("ordinary article text", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_over_the_limit_is_cut_at_a_paragraph_end_and_the_cut_is_said()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 100).Select(i => $"Paragraph {i} says something plain."));

        var (cut, note) = TextLimit.Apply(text, 1_000);

        Assert.True(cut.Length <= 1_000);
        Assert.EndsWith("something plain.", cut, StringComparison.Ordinal);
        Assert.Contains($"of {text.Length:N0} characters", note, StringComparison.Ordinal);
        Assert.Equal((text, (string?)null), TextLimit.Apply(text, text.Length));
    }

    [Fact]
    public void A_single_ten_megabyte_line_is_cut_to_the_limit()
    {
        var line = string.Concat(Enumerable.Repeat("word ", 2_000_000));

        var (cut, note) = TextLimit.Apply(line, TextLimit.DefaultMaxChars);

        Assert.True(cut.Length <= TextLimit.DefaultMaxChars);
        Assert.NotNull(note);
    }

    [Fact]
    public void An_article_with_no_headline_is_titled_by_its_first_sentence_not_left_untitled()
    {
        var line = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 20_000));

        var cleaned = cleaner.Clean(line, ArticleFormat.Text);

        Assert.Equal("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", cleaned.Title);
    }
}
