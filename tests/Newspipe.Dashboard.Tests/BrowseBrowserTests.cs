using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Newspipe.Testing;

namespace Newspipe.Dashboard.Tests;

/// <summary>Search, entity and story pages of <c>newspipe run</c> over the stored seeds, used as a person would, in a real browser.</summary>
public sealed partial class BrowseBrowserTests(SeededPipeline seeded) : IClassFixture<SeededPipeline>
{
    [Fact]
    public async Task Searching_mutual_defense_from_the_header_lists_the_seeds_with_highlighted_snippets()
    {
        var page = await seeded.Browser.OpenAsync(seeded.Pipeline.Address);
        await page.FillAsync(".nav-search input[name=q]", "mutual defense");
        await page.PressAsync(".nav-search input[name=q]", "Enter");
        await page.WaitForURLAsync(SearchUrl());
        await HeadlessBrowser.SaveScreenshotAsync(page, "search-mutual-defense");

        // Every seed that writes "defense" is found; the one that writes only the British "defence" is not (the
        // full-text stemmer keeps the two spellings apart), and nothing but seeds is listed.
        var titles = await page.Locator("#results li .title").AllInnerTextsAsync();
        var spelledDefense = GoldenSeeds.Files
            .Where(file => File.ReadAllText(GoldenSeeds.SeedPath(file)).Contains("defense", StringComparison.OrdinalIgnoreCase))
            .Select(GoldenSeeds.Title)
            .ToList();
        Assert.NotEmpty(spelledDefense);
        Assert.All(spelledDefense, title => Assert.Contains(title, titles));
        Assert.All(titles, title => Assert.Contains(title, GoldenSeeds.Titles));
        var marks = await page.Locator("#results mark").AllInnerTextsAsync();
        Assert.Contains(marks, mark => mark.StartsWith("mutual", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(marks, mark => mark.StartsWith("defen", StringComparison.OrdinalIgnoreCase));
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_entity_page_of_Kim_Jong_Un_lists_the_seed_articles_and_its_spellings()
    {
        var page = await seeded.Browser.OpenAsync(new Uri(seeded.Pipeline.Address, "/entities?q=Kim"));
        await page.ClickAsync("#entity-list a:text-is('Kim Jong Un')");
        await page.WaitForSelectorAsync("#spellings");
        await HeadlessBrowser.SaveScreenshotAsync(page, "entity-kim-jong-un");

        Assert.StartsWith("Kim Jong Un", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        var titles = await page.Locator("table.articles tbody tr td:first-child a:first-child").AllInnerTextsAsync();
        Assert.Equal(GoldenSeeds.Titles.Order(), titles.Order());
        Assert.Contains("Kim Jong-un", await page.Locator("#spellings li").AllInnerTextsAsync());

        await page.ClickAsync("text=search within its articles");
        await page.WaitForSelectorAsync("#results");
        Assert.Equal(GoldenSeeds.Files.Count, await page.Locator("#results li").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_story_of_the_seeds_shows_them_on_a_timeline_with_the_entities_they_share()
    {
        var page = await seeded.Browser.OpenAsync(new Uri(seeded.Pipeline.Address, "/stories"));
        await page.ClickAsync("#story-list tbody tr:first-child a");
        await page.WaitForSelectorAsync("#shared-entities");
        await HeadlessBrowser.SaveScreenshotAsync(page, "story-seeds");

        var titles = await page.Locator("table.articles tbody tr td:first-child a:first-child").AllInnerTextsAsync();
        Assert.Equal(GoldenSeeds.Titles.Order(), titles.Order());
        var shared = await page.Locator("#shared-entities tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Contains("Kim Jong Un", shared);
        Assert.Contains("Vladimir Putin", shared);
        await page.CloseAsync();
    }

    [GeneratedRegex(@"/search\?q=mutual(\+|%20)defense$")]
    private static partial Regex SearchUrl();
}
