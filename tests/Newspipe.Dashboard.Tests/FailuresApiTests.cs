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

        var list = await host.Client.GetFromJsonAsync<JsonElement>("/api/failures");
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
        Assert.Equal(0, (await host.Client.GetFromJsonAsync<JsonElement>("/api/failures")).GetArrayLength());
        var replayed = await host.Client.GetFromJsonAsync<JsonElement>("/api/failures?status=ReplayRequested");
        Assert.Equal(2, replayed.GetArrayLength());
        Assert.Equal("ReplayRequested", replayed[0].GetProperty("status").GetString());
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
