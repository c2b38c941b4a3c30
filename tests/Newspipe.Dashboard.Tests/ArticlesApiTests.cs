using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Newspipe.Contracts;

namespace Newspipe.Dashboard.Tests;

public sealed class ArticlesApiTests
{
    private static readonly Guid Story = Guid.NewGuid();

    [Fact]
    public async Task Articles_are_searched_with_filters_and_pages_and_one_reads_back_whole()
    {
        await using var host = await StartWithArticlesAsync();

        var found = await host.Client.GetFromJsonAsync<JsonElement>("/api/articles?q=mutual%20defense");
        Assert.Equal(2, found.GetProperty("total").GetInt32());
        Assert.Equal(["Pact analysed", "Pact signed"], Titles(found).Order());
        var snippet = found.GetProperty("items")[0].GetProperty("snippet").EnumerateArray().ToList();
        Assert.Contains(snippet, s => s.GetProperty("highlighted").GetBoolean() && s.GetProperty("text").GetString() == "mutual");

        var filtered = await host.Client.GetFromJsonAsync<JsonElement>(
            $"/api/articles?q=pact&entity=Kim%20Jong%20Un&outlet=yonhap&language=en&story={Story.ToString()[..8]}&from=2024-06-20&to=2024-06-20&page=1");
        Assert.Equal(["Pact analysed"], Titles(filtered));
        var stored = await host.Client.GetFromJsonAsync<JsonElement>($"/api/articles?dateField=Stored&from={DateTime.UtcNow:yyyy-MM-dd}&pageSize=2&page=2");
        Assert.Equal((3, 1), (stored.GetProperty("total").GetInt32(), stored.GetProperty("items").GetArrayLength()));
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/articles?from=yesterday")).StatusCode);

        var id = found.GetProperty("items").EnumerateArray().Single(h => h.GetProperty("title").GetString() == "Pact analysed").GetProperty("id").GetString()!;
        var article = await host.Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id[..8]}");
        Assert.Equal("Pact analysed", article.GetProperty("title").GetString());
        Assert.Equal("Pact signed", article.GetProperty("duplicateOf").GetProperty("title").GetString());
        Assert.Equal(2, article.GetProperty("story").GetProperty("articles").GetInt32());
        var kim = article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "PERSON");
        Assert.Equal(("person:kim jong un", "Kim Jong Un"), (kim.GetProperty("id").GetString(), Assert.Single(kim.GetProperty("spellings").EnumerateArray()).GetString()));
        Assert.EndsWith("Z", article.GetProperty("stages").GetProperty("storedAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/api/articles/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Entities_are_listed_and_one_shows_its_spellings_and_articles()
    {
        await using var host = await StartWithArticlesAsync();

        var kims = await host.Client.GetFromJsonAsync<JsonElement>("/api/entities?q=kim");
        var kim = Assert.Single(kims.GetProperty("items").EnumerateArray());
        Assert.Equal(("Kim Jong Un", 2), (kim.GetProperty("name").GetString(), kim.GetProperty("articles").GetInt32()));
        Assert.Equal(3, (await host.Client.GetFromJsonAsync<JsonElement>("/api/entities")).GetProperty("total").GetInt32());

        var entity = await host.Client.GetFromJsonAsync<JsonElement>($"/api/entities/{Uri.EscapeDataString("Kim Jong-Un")}");
        Assert.Equal("person:kim jong un", entity.GetProperty("id").GetString());
        Assert.Equal(["Kim Jong Un", "Kim Jong-Un"], entity.GetProperty("spellings").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["Pact analysed", "Pact signed"], entity.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        var byId = await host.Client.GetFromJsonAsync<JsonElement>($"/api/entities/{Uri.EscapeDataString("person:kim jong un")}");
        Assert.Equal("Kim Jong Un", byId.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/entities/Nobody%20Known")).StatusCode);
    }

    [Fact]
    public async Task Stories_are_listed_newest_first_and_one_shows_its_timeline_and_shared_entities()
    {
        await using var host = await StartWithArticlesAsync();

        var stories = await host.Client.GetFromJsonAsync<JsonElement>("/api/stories");
        Assert.Equal(
            [("Football final", 1), ("Pact signed", 2)],
            stories.GetProperty("items").EnumerateArray().Select(s => (s.GetProperty("title").GetString(), s.GetProperty("articles").GetInt32())));

        var story = await host.Client.GetFromJsonAsync<JsonElement>($"/api/stories/{Story}");
        Assert.Equal(["Pact signed", "Pact analysed"], story.GetProperty("timeline").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        var shared = Assert.Single(story.GetProperty("sharedEntities").EnumerateArray());
        Assert.Equal(("Kim Jong Un", 2), (shared.GetProperty("name").GetString(), shared.GetProperty("articles").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/api/stories/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_browse_endpoints_and_they_carry_the_security_headers()
    {
        await using var host = await DashboardHost.StartAsync();

        var document = await host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/stories", "/api/stories/{id}" })
        {
            Assert.True(paths.GetProperty(path).TryGetProperty("get", out _), path);
        }

        var response = await host.Client.GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/api/entities");
        foreign.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.SendAsync(foreign)).StatusCode);
    }

    private static async Task<DashboardHost> StartWithArticlesAsync()
    {
        var host = await DashboardHost.StartAsync();
        var signed = Article("Pact signed", "Kim Jong-Un and Putin signed a mutual defense pact.", "KCNA", "2024-06-19", Story, null, ("Kim Jong-Un", "PERSON"))
            with { ArticleId = Story };
        var analysed = Article(
            "Pact analysed", "Analysts read the mutual defense pact Kim Jong Un signed.", "Yonhap", "2024-06-20", Story, Story,
            ("Kim Jong Un", "PERSON"), ("Yonhap", "ORGANIZATION"));
        var other = Article("Football final", "The home team won.", "Sports Daily", "2024-06-21", Guid.NewGuid(), null, ("Seoul", "LOCATION"));
        foreach (var article in new[] { signed, analysed, other })
        {
            await host.Articles.SaveAsync(article, m => m.Type.ToLowerInvariant() + ":" + m.Canonical.ToLowerInvariant(), CancellationToken.None);
        }

        return host;
    }

    private static ArticleEnriched Article(
        string title, string text, string outlet, string published, Guid story, Guid? duplicateOf, params (string Text, string Type)[] entities) => new()
    {
        ArticleId = Guid.NewGuid(),
        SourceName = $"{title}.txt",
        ContentHash = Guid.NewGuid().ToString("N"),
        Metadata = new ArticleMetadata { Title = title, Outlet = outlet, Published = published },
        Text = text,
        Language = "en",
        LanguageConfidence = 0.99,
        Entities = entities.Select(e => new EntityMention
        {
            Text = e.Text, Canonical = e.Text.Replace('-', ' '), Type = e.Type, Start = 0, End = e.Text.Length,
        }).ToList(),
        Quotes = [],
        Keywords = ["pact"],
        Summary = text,
        StoryId = story,
        DuplicateOf = duplicateOf,
        IngestedAt = DateTimeOffset.UtcNow.AddSeconds(-3),
        CleanedAt = DateTimeOffset.UtcNow.AddSeconds(-2),
        EnrichedAt = DateTimeOffset.UtcNow.AddSeconds(-1),
    };

    private static string[] Titles(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToArray();
}
