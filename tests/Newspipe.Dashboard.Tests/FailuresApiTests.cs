using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Newspipe.Contracts;
using Newspipe.Storage;

namespace Newspipe.Dashboard.Tests;

public sealed class FailuresApiTests
{
    [Fact]
    public async Task Failures_are_listed_grouped_shown_replayed_archived_and_unarchived_over_http()
    {
        await using var host = await DashboardHost.StartAsync();
        var recorded = await host.Failures.RecordAsync(Failed("one.txt"), CancellationToken.None);
        await host.Failures.RecordAsync(Failed("two.txt"), CancellationToken.None);
        var id = recorded.Failure.Id;

        var list = (await host.Client.GetFromJsonAsync<JsonElement>("/api/failures")).GetProperty("items");
        Assert.Equal(2, list.GetArrayLength());
        Assert.False(list[0].TryGetProperty("payload", out _), "lists leave out the message body");
        var groups = await host.Client.GetFromJsonAsync<JsonElement>("/api/failures/groups");
        Assert.Equal(2, Assert.Single(groups.EnumerateArray()).GetProperty("count").GetInt32());
        var one = await host.Client.GetFromJsonAsync<JsonElement>($"/api/failures/{id.ToString()[..8]}");
        Assert.Equal("one.txt", one.GetProperty("sourceName").GetString());
        Assert.Contains("\"sourceName\":\"one.txt\"", one.GetProperty("payload").GetString(), StringComparison.Ordinal);

        Assert.Equal(1, await CountAsync(await PostAsync(host, $"/api/failures/{id}/archive")));
        Assert.Equal(1, await CountAsync(await PostAsync(host, $"/api/failures/{id}/unarchive")));
        Assert.Equal(2, await CountAsync(await PostAsync(host, "/api/failures/replay?stage=enrich")));
        Assert.Equal(0, (await host.Client.GetFromJsonAsync<JsonElement>("/api/failures")).GetProperty("total").GetInt32());
        var replayed = (await host.Client.GetFromJsonAsync<JsonElement>("/api/failures?status=ReplayRequested")).GetProperty("items");
        Assert.Equal(2, replayed.GetArrayLength());
        Assert.Equal("ReplayRequested", replayed[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Failures_page_over_http_newest_first_with_the_total_and_none_twice_or_missing()
    {
        await using var host = await DashboardHost.StartAsync();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var recorded = new List<string>();
        for (var i = 0; i < 250; i++)
        {
            var failed = Failed($"p-{i}.txt") with { FailedAt = start.AddSeconds(i / 10) };
            recorded.Add((await host.Failures.RecordAsync(failed, CancellationToken.None)).Failure.Id.ToString());
        }

        var pages = new List<JsonElement>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await host.Client.GetFromJsonAsync<JsonElement>($"/api/failures?stage=enrich&page={page}&pageSize=100"));
        }

        Assert.All(pages, p => Assert.Equal((250, 100), (p.GetProperty("total").GetInt32(), p.GetProperty("pageSize").GetInt32())));
        Assert.Equal([1, 2, 3], pages.Select(p => p.GetProperty("page").GetInt32()));
        var items = pages.SelectMany(p => p.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(recorded.Order(), items.Select(f => f.GetProperty("id").GetString()!).Order());
        var times = items.Select(f => f.GetProperty("lastFailedAt").GetDateTime()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.StartsWith("p-24", items[0].GetProperty("sourceName").GetString(), StringComparison.Ordinal);

        var beyond = await host.Client.GetFromJsonAsync<JsonElement>("/api/failures?page=9&pageSize=100");
        Assert.Equal((250, 0), (beyond.GetProperty("total").GetInt32(), beyond.GetProperty("items").GetArrayLength()));
        var clamped = await host.Client.GetFromJsonAsync<JsonElement>("/api/failures?page=0&pageSize=5000");
        Assert.Equal((1, 1000, 250), (clamped.GetProperty("page").GetInt32(), clamped.GetProperty("pageSize").GetInt32(), clamped.GetProperty("items").GetArrayLength()));
    }

    [Fact]
    public async Task The_failures_page_says_which_rows_it_shows_and_links_to_the_next_with_the_same_status()
    {
        await using var host = await DashboardHost.StartAsync();
        for (var i = 0; i < 120; i++)
        {
            await host.Failures.RecordAsync(Failed($"q-{i}.txt"), CancellationToken.None);
        }

        await host.Failures.ArchiveAsync(new FailureSelection(All: true), CancellationToken.None);

        var second = WebUtility.HtmlDecode(await host.Client.GetStringAsync("/failures?status=Archived&page=2"));
        Assert.Contains("51–100 of 120", second, StringComparison.Ordinal);
        Assert.Equal(50, second.Split("data-failure=", StringSplitOptions.None).Length - 1);
        Assert.Contains("href=\"/failures?status=Archived&page=1\"", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/failures?status=Archived&page=3\"", second, StringComparison.Ordinal);
        var last = WebUtility.HtmlDecode(await host.Client.GetStringAsync("/failures?status=Archived&page=3"));
        Assert.Contains("101–120 of 120", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Contains("none of 0", await host.Client.GetStringAsync("/failures"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_failure_endpoints()
    {
        await using var host = await DashboardHost.StartAsync();

        var document = await host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/failures/{id}/replay").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/failures/replay").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/failures/{id}/archive").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/failures").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task An_unknown_failure_is_not_found_and_a_selection_is_required()
    {
        await using var host = await DashboardHost.StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/failures/ffffffff")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(host, "/api/failures/replay")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/failures?status=Nonsense")).StatusCode);
    }

    internal static Task<HttpResponseMessage> PostAsync(DashboardHost host, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add(DashboardSecurity.RequestHeader, "1");
        return host.Client.SendAsync(request);
    }

    private static async Task<int> CountAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32();
    }

    internal static ArticleFailed Failed(string source) => new()
    {
        ArticleId = Guid.NewGuid(),
        SourceName = source,
        Stage = "enrich",
        Reason = "boom",
        FailedAt = DateTimeOffset.UtcNow,
        Queue = "enrich-article",
        ExceptionType = "System.InvalidOperationException",
        StackTrace = "System.InvalidOperationException: boom\n   at Newspipe.Enrich.EnrichArticleConsumer.Consume(ConsumeContext`1 context)",
        MessageId = Guid.NewGuid(),
        MessageType = "urn:message:Newspipe.Contracts:ArticleCleaned",
        Body = $$$"""{"message":{"sourceName":"{{{source}}}"}}""",
    };
}
