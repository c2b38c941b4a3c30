using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Newspipe.Testing;

namespace Newspipe.Dashboard.Tests;

/// <summary>Search, entity and story pages of <c>newspipe run</c> over the stored seeds, used as a person would, in a real browser.</summary>
public sealed partial class BrowseBrowserTests(SeededPipeline seeded) : IClassFixture<SeededPipeline>
{
    [Fact]
    public async Task Searching_mutual_defense_from_the_header_lists_the_five_seeds_with_highlighted_snippets()
    {
        var page = await seeded.Browser.OpenAsync(seeded.Pipeline.Address);
        await page.FillAsync(".nav-search input[name=q]", "mutual defense");
        await page.PressAsync(".nav-search input[name=q]", "Enter");
        await page.WaitForURLAsync(SearchUrl());
        await HeadlessBrowser.SaveScreenshotAsync(page, "search-mutual-defense");

        // All five seeds, the one that writes the British "defence" too.
        var titles = await page.Locator("#results li .title").AllInnerTextsAsync();
        Assert.Equal(GoldenSeeds.Titles.Order(), titles.Order());
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
