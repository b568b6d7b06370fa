using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Revista.Articles;
using Revista.Issues;
using Revista.Journals;
using Revista.Oai;
using Revista.Statistics;
using Revista.Storage;

namespace Revista.Data;

/// <summary>
/// The unit of work for everything Revista stores, used directly (no repositories). The model is shared; each
/// provider has its own subclass because SQLite and PostgreSQL need separate migration sets
/// (Data/Migrations/Sqlite, Data/Migrations/Postgres). Create one with <see cref="RevistaDatabase.Create(RevistaDataOptions)"/>.
/// </summary>
public abstract class RevistaDb : DbContext
{
    protected RevistaDb(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Journal> Journals => Set<Journal>();
    public DbSet<JournalIdentifier> JournalIdentifiers => Set<JournalIdentifier>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Issue> Issues => Set<Issue>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleVersion> ArticleVersions => Set<ArticleVersion>();
    public DbSet<Contributor> Contributors => Set<Contributor>();
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();
    public DbSet<Reference> References => Set<Reference>();
    public DbSet<ArticleAsset> ArticleAssets => Set<ArticleAsset>();
    public DbSet<Translation> Translations => Set<Translation>();
    public DbSet<ArticleAbstract> ArticleAbstracts => Set<ArticleAbstract>();
    public DbSet<Keyword> Keywords => Set<Keyword>();
    public DbSet<ArticleSubject> ArticleSubjects => Set<ArticleSubject>();
    public DbSet<ArticleFragment> ArticleFragments => Set<ArticleFragment>();
    public DbSet<ArticleDate> ArticleDates => Set<ArticleDate>();
    public DbSet<ArticleFunding> ArticleFunding => Set<ArticleFunding>();
    public DbSet<ArticleNote> ArticleNotes => Set<ArticleNote>();
    public DbSet<ArticleRelation> ArticleRelations => Set<ArticleRelation>();
    public DbSet<ArticleFront> ArticleFronts => Set<ArticleFront>();
    public DbSet<StoredAsset> StoredAssets => Set<StoredAsset>();
    public DbSet<SearchOutboxEntry> SearchOutbox => Set<SearchOutboxEntry>();
    public DbSet<OaiDeletedRecord> OaiDeletedRecords => Set<OaiDeletedRecord>();
    public DbSet<UsageEvent> UsageEvents => Set<UsageEvent>();
    public DbSet<UsageAgent> UsageAgents => Set<UsageAgent>();
    public DbSet<UsageDay> UsageDays => Set<UsageDay>();
    public DbSet<UsageMonth> UsageMonths => Set<UsageMonth>();
    public DbSet<UsageTitleMonth> UsageTitleMonths => Set<UsageTitleMonth>();
    public DbSet<UsageSalt> UsageSalts => Set<UsageSalt>();
    public DbSet<ArticleUsageCounter> ArticleUsageCounters => Set<ArticleUsageCounter>();
    public DbSet<UsageLogImport> UsageLogImports => Set<UsageLogImport>();
    public DbSet<UsageRobotList> UsageRobotLists => Set<UsageRobotList>();
    public DbSet<UsageDayState> UsageDayStates => Set<UsageDayState>();

    /// <summary>
    /// Applies the migrations this provider's database has not seen yet, creating the database when absent. A database
    /// whose history names a migration this build does not have was made by another schema (before the first release
    /// the Initial migration is regenerated, not extended): migrating it would fail half-way on "table already exists",
    /// so it is refused with what to do instead.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (await Database.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            var known = Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            var foreign = (await Database.GetAppliedMigrationsAsync(cancellationToken)).FirstOrDefault(m => !known.Contains(m));
            if (foreign is not null)
            {
                throw new RevistaSchemaException(
                    $"The database was created with a schema this version of Revista does not know (migration \"{foreign}\"). "
                    + "It cannot be upgraded in place: import the articles again into a new --data folder (or an empty REVISTA_DATABASE), "
                    + "or run the Revista version that created it.");
            }
        }
        await Database.MigrateAsync(cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RevistaDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // PostgreSQL timestamptz accepts only UTC offsets; normalising here lets callers pass any local time.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        value => value);
}
