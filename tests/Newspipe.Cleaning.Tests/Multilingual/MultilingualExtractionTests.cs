using Newspipe.Contracts;
using Xunit.Abstractions;

namespace Newspipe.Cleaning.Tests.Multilingual;

/// <summary>
/// The multilingual page set (German, English, French, Spanish, Italian, Dutch; news, blog, forum, institution pages).
/// The extractor was tuned on the tuning split only; the held-out split measures what the tuning did not see.
/// </summary>
public sealed class MultilingualExtractionTests(ITestOutputHelper output)
{
    private static readonly ArticleCleaner Cleaner = new();

    [Fact]
    public void Held_out_split_scores_at_least_the_reached_f1()
    {
        var score = Score(MultilingualPage.HeldOut);

        Assert.True(score.F1 >= 0.98, $"held-out F1 {score}");
    }

    [Fact]
    public void Tuning_split_scores_at_least_the_reached_f1()
    {
        var score = Score(MultilingualPage.Tuning);

        Assert.True(score.F1 >= 0.98, $"tuning F1 {score}");
    }

    [Theory]
    [InlineData(MultilingualPage.Tuning)]
    [InlineData(MultilingualPage.HeldOut)]
    public void Every_split_has_all_languages_and_page_kinds_with_both_kinds_of_snippet(string split)
    {
        var pages = MultilingualPage.LoadSplit(split);

        Assert.Equal(24, pages.Count);
        Assert.Equal(["de", "en", "es", "fr", "it", "nl"], pages.Select(p => p.Language).Distinct().Order());
        Assert.Equal(["blog", "forum", "institution", "news"], pages.Select(p => p.Kind).Distinct().Order());
        Assert.All(pages, p => Assert.True(p.MustInclude.Count >= 4 && p.MustExclude.Count >= 4, p.Name));
    }

    private SnippetScore Score(string split)
    {
        var pages = MultilingualPage.LoadSplit(split);
        var score = SnippetScore.Sum(pages.Select(page => SnippetScore.Of(page, Extract(page))));
        output.WriteLine($"{split}: {pages.Count} pages  {score}");
        foreach (var miss in score.Misses)
        {
            output.WriteLine("  " + miss);
        }

        return score;
    }

    private static string Extract(MultilingualPage page)
    {
        try
        {
            return Cleaner.Clean(page.Html, ArticleFormat.Html).Text;
        }
        catch (CleaningException)
        {
            return "";
        }
    }
}
