using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
            .Validate(
                options => options.StoryKeyPostingLimit > 0 && options.StoryCandidateLimit > 0,
                "Store:StoryKeyPostingLimit and Store:StoryCandidateLimit must be at least 1 (0 would turn story grouping off)")
            .ValidateOnStart();
        services.AddSingleton<IDbContextFactory<NewspipeDbContext>, StoreContextFactory>();
        services.AddSingleton<DatabaseResilience>();
        services.AddSingleton<StoreMigrator>();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<ArticleQueries>();
        services.AddSingleton<EntityQueries>();
        services.AddSingleton<StoryQueries>();
        services.AddSingleton<FailureStore>();
        services.AddSingleton<StoryIndex>();
        return services;
    }
}
