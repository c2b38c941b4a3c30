using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Newspipe.Storage;

/// <summary>Registers the article store from configuration, for the services, the embedded host and the CLI alike.</summary>
public static class StoreRegistration
{
    public static IHostApplicationBuilder AddArticleStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddArticleStore(builder.Configuration);
        builder.Services.AddHostedService<StoreInitializer>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static IServiceCollection AddArticleStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.Section)
            .PostConfigure(options => options.ConnectionString ??= configuration.GetConnectionString("postgres"))
            .Validate(
                options => options.Provider != StoreProvider.Postgres || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Store:Provider is Postgres but neither Store:ConnectionString nor ConnectionStrings:postgres is set")
            .ValidateOnStart();
        services.AddDbContextFactory<NewspipeDbContext>((provider, db) =>
            Configure(db, provider.GetRequiredService<IOptions<StoreOptions>>().Value));
        services.AddSingleton<DatabaseResilience>();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<FailureStore>();
        services.AddSingleton<StoryIndex>();
        return services;
    }

    private static readonly SqliteSynchronousNormal SynchronousNormal = new();

    internal static void Configure(DbContextOptionsBuilder db, StoreOptions options)
    {
        if (options.Provider == StoreProvider.Postgres)
        {
            db.UseNpgsql(options.ConnectionString);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.SqlitePath)!);
        db.UseSqlite($"Data Source={options.SqlitePath};Pooling=True;Default Timeout=30").AddInterceptors(SynchronousNormal);
    }
}
