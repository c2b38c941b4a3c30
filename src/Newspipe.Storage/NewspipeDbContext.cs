using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>
/// The article database, the same model on SQLite and PostgreSQL. Each provider has its own subclass
/// (<see cref="SqliteNewspipeDbContext"/>, <see cref="PostgresNewspipeDbContext"/>) only so that each has its own
/// migrations: the SQL differs (full-text search above all), the model does not.
/// </summary>
public abstract class NewspipeDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ArticleRecord> Articles => Set<ArticleRecord>();

    public DbSet<EntityRecord> Entities => Set<EntityRecord>();

    public DbSet<ArticleEntityRecord> ArticleEntities => Set<ArticleEntityRecord>();

    public DbSet<StorySignatureRecord> StorySignatures => Set<StorySignatureRecord>();

    public DbSet<StoryKeyRecord> StoryKeys => Set<StoryKeyRecord>();

    public DbSet<FailureRecord> Failures => Set<FailureRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ArticleRecord>(article =>
        {
            article.ToTable("articles");
            article.HasKey(a => a.Id);
            article.HasIndex(a => a.StoredAt);
            article.HasIndex(a => a.StoryId);
            article.HasIndex(a => a.ContentHash);
            article.HasIndex(a => a.Outlet);
            article.HasIndex(a => a.Published);
        });
        modelBuilder.Entity<EntityRecord>(entity =>
        {
            entity.ToTable("entities");
            entity.HasKey(e => e.Key);
        });
        modelBuilder.Entity<ArticleEntityRecord>(link =>
        {
            link.ToTable("article_entities");
            link.HasKey(l => new { l.ArticleId, l.EntityKey });
            link.HasIndex(l => l.EntityKey);
            link.Property(l => l.Spellings).HasDefaultValue("[]");
        });
        modelBuilder.Entity<StorySignatureRecord>(signature =>
        {
            signature.ToTable("story_signatures");
            signature.HasKey(s => s.ArticleId);
            signature.HasIndex(s => s.CreatedAt);
        });
        modelBuilder.Entity<StoryKeyRecord>(key =>
        {
            key.ToTable("story_keys");
            key.HasKey(k => new { k.ArticleId, k.Key });
            // Covering: the candidate lookup reads a key's newest postings from the index alone, in index order.
            key.HasIndex(k => new { k.Key, k.At, k.ArticleId });
        });
        modelBuilder.Entity<FailureRecord>(failure =>
        {
            failure.ToTable("failures");
            failure.HasKey(f => f.Id);
            failure.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            failure.HasIndex(f => new { f.Status, f.LastFailedAt });
            failure.HasIndex(f => f.GroupKey);
            failure.HasIndex(f => f.ArticleId);
        });
    }
}
