using Microsoft.EntityFrameworkCore.Design;

namespace Newspipe.Storage;

/// <summary>What <c>dotnet ef migrations add --context PostgresNewspipeDbContext</c> builds: the model on PostgreSQL, no server needed.</summary>
internal sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresNewspipeDbContext>
{
    public PostgresNewspipeDbContext CreateDbContext(string[] args) =>
        (PostgresNewspipeDbContext)StoreContextFactory.Build(
            new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = "Host=localhost;Database=newspipe" })();
}
