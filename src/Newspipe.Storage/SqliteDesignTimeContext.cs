using Microsoft.EntityFrameworkCore.Design;

namespace Newspipe.Storage;

/// <summary>What <c>dotnet ef migrations add --context SqliteNewspipeDbContext</c> builds: the model on SQLite, no database needed.</summary>
internal sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteNewspipeDbContext>
{
    public SqliteNewspipeDbContext CreateDbContext(string[] args) =>
        (SqliteNewspipeDbContext)StoreContextFactory.Build(new StoreOptions { DataDirectory = Path.GetTempPath() })();
}
