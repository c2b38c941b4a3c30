using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>The store on SQLite; its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteNewspipeDbContext(DbContextOptions<SqliteNewspipeDbContext> options) : NewspipeDbContext(options);
