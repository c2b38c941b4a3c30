using System.Text.RegularExpressions;
using Newspipe.Contracts;

namespace Newspipe.Cleaning.Tests;

public sealed class GoldenSeedTests
{
    private static readonly ArticleCleaner Cleaner = new();

    public static TheoryData<string> Seeds() => new(GoldenSeed.All.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void All_five_seeds_are_listed_and_present()
    {
        Assert.Equal(5, GoldenSeed.All.Count);
        Assert.All(GoldenSeed.All.Values, seed => Assert.NotEmpty(seed.ReadContent()));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Keeps_every_must_keep_passage(string file)
    {
        var text = Normalize(Clean(file).Text);

        Assert.All(GoldenSeed.All[file].MustKeep, passage => Assert.Contains(Normalize(passage), text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Drops_every_must_drop_passage(string file)
    {
        var text = Normalize(Clean(file).Text);

        Assert.All(GoldenSeed.All[file].MustDrop, passage => Assert.DoesNotContain(Normalize(passage), text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Drops_the_should_drop_captions_and_credits(string file)
    {
        var text = Normalize(Clean(file).Text);

        Assert.All(GoldenSeed.All[file].ShouldDrop, passage => Assert.DoesNotContain(Normalize(passage), text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_the_golden_metadata(string file)
    {
        var seed = GoldenSeed.All[file];
        var article = Clean(file);

        Assert.Equal(seed.Title, article.Title);
        if (seed.Author is not null)
        {
            Assert.Equal(seed.Author, article.Author);
        }

        if (seed.Published is not null)
        {
            Assert.Equal(seed.Published, article.Published);
        }

        if (seed.Outlet is not null)
        {
            Assert.Equal(seed.Outlet, article.Outlet);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Does_not_repeat_the_title_at_the_top(string file)
    {
        var article = Clean(file);

        Assert.False(article.Text.StartsWith(article.Title, StringComparison.Ordinal));
    }

    private static CleanedArticle Clean(string file) => Cleaner.Clean(GoldenSeed.All[file].ReadContent(), ArticleFormat.Text);

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
