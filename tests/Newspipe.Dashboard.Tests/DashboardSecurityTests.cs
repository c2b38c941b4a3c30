using System.Net;
using System.Text.RegularExpressions;

namespace Newspipe.Dashboard.Tests;

public sealed partial class DashboardSecurityTests
{
    [Fact]
    public async Task A_request_for_another_host_name_is_refused()
    {
        await using var host = await DashboardHost.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/failures");
        request.Headers.Host = "attacker.example";

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/failures")).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/failures")]
    [InlineData("/api/failures")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        await using var host = await DashboardHost.StartAsync();

        var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task An_api_change_without_a_token_or_the_request_header_is_refused()
    {
        await using var host = await DashboardHost.StartAsync();
        var recorded = await host.Failures.RecordAsync(FailuresApiTests.Failed("a.txt"), CancellationToken.None);

        var response = await host.Client.PostAsync($"/api/failures/{recorded.Failure.Id}/replay", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(await host.Failures.ListAsync(new Storage.FailureQuery(), CancellationToken.None));
    }

    [Fact]
    public async Task With_an_access_token_set_only_that_token_may_change_anything()
    {
        await using var host = await DashboardHost.StartAsync(new Dictionary<string, string?> { ["Dashboard:AccessToken"] = "s3cret" });
        var recorded = await host.Failures.RecordAsync(FailuresApiTests.Failed("a.txt"), CancellationToken.None);
        var path = $"/api/failures/{recorded.Failure.Id}/archive";

        var withHeaderOnly = await FailuresApiTests.PostAsync(host, path);
        var wrong = new HttpRequestMessage(HttpMethod.Post, path) { Headers = { { "Authorization", "Bearer nope" } } };
        var right = new HttpRequestMessage(HttpMethod.Post, path) { Headers = { { "Authorization", "Bearer s3cret" } } };

        Assert.Equal(HttpStatusCode.Forbidden, withHeaderOnly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.SendAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(right)).StatusCode);
    }

    [Fact]
    public async Task A_button_post_without_the_pages_antiforgery_token_is_refused_and_with_it_works()
    {
        await using var host = await DashboardHost.StartAsync();
        var recorded = await host.Failures.RecordAsync(FailuresApiTests.Failed("a.txt"), CancellationToken.None);
        var id = recorded.Failure.Id.ToString();

        var forged = await host.Client.PostAsync("/failures/archive", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id }));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        var page = await host.Client.GetStringAsync("/failures");
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, page);
        var real = await host.Client.PostAsync("/failures/archive", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["id"] = id,
        }));

        Assert.True(real.IsSuccessStatusCode || real.StatusCode == HttpStatusCode.Redirect, real.StatusCode.ToString());
        Assert.Empty(await host.Failures.ListAsync(new Storage.FailureQuery(), CancellationToken.None));
    }

    [Theory]
    [InlineData("/api/articles/'%3B%20DROP%20TABLE%20articles%3B--")]
    [InlineData("/api/failures/1%20OR%201%3D1")]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/%2e%2e/%2e%2e/etc/passwd")]
    public async Task Path_tricks_and_sql_like_ids_are_harmless(string path)
    {
        await using var host = await DashboardHost.StartAsync();

        var response = await host.Client.GetAsync(path);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/articles")).StatusCode);
    }

    [GeneratedRegex("name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
