using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>The store on PostgreSQL; its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresNewspipeDbContext(DbContextOptions<PostgresNewspipeDbContext> options) : NewspipeDbContext(options);
