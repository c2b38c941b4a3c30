using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newspipe.Storage;

namespace Newspipe.Dashboard.Tests;

/// <summary>The dashboard as the hosts serve it (real Kestrel on a free loopback port) over a temporary SQLite store.</summary>
internal sealed class DashboardHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string directory;

    private DashboardHost(WebApplication app, string directory)
    {
        this.app = app;
        this.directory = directory;
        Address = new Uri(app.Urls.First());
        Client = new HttpClient { BaseAddress = Address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public FailureStore Failures => app.Services.GetRequiredService<FailureStore>();

    public ArticleStore Articles => app.Services.GetRequiredService<ArticleStore>();

    public static async Task<DashboardHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Directory.CreateTempSubdirectory("newspipe-dashboard-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Sqlite",
            ["Store:DataDirectory"] = directory,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddArticleStore();
        builder.AddDashboard();
        var app = builder.Build();
        app.MapDashboard();
        await app.StartAsync();
        return new DashboardHost(app, directory);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
