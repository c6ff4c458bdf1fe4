using Jixiao.Data.Audit;
using Jixiao.Data.Declarations;
using Jixiao.Data.Organisations;
using Jixiao.Data.Seals;
using Jixiao.Data.Users;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jixiao.Data;

/// The one model of Jixiao's database. A thin subclass per provider (<see cref="SqliteJixiaoDbContext"/>,
/// <see cref="PostgresJixiaoDbContext"/>) owns that provider's migrations; code everywhere else uses this type.
public abstract class JixiaoDbContext(DbContextOptions options) : IdentityUserContext<JixiaoUser, Guid>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<SectionAssignment> SectionAssignments => Set<SectionAssignment>();
    public DbSet<DeclarationRecord> Declarations => Set<DeclarationRecord>();
    public DbSet<DeclarationVersion> DeclarationVersions => Set<DeclarationVersion>();
    public DbSet<ReviewStepRecord> ReviewSteps => Set<ReviewStepRecord>();
    public DbSet<SectionKey> SectionKeys => Set<SectionKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// Starts a transaction in which this request is the only writer. Writes are serialised because each one appends
    /// to the audit chain (whose next entry depends on the last), and so that two reviewers acting at once are
    /// decided one after the other: the second sees the first's result and gets a conflict.
    public async Task<IDbContextTransaction> BeginWriteAsync(CancellationToken ct)
    {
        var transaction = await Database.BeginTransactionAsync(ct);
        await LockForWriteAsync(ct);
        return transaction;
    }

    /// Takes the provider's lock that makes the current transaction the only writer.
    protected abstract Task LockForWriteAsync(CancellationToken ct);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: rows stay readable (and hand-editable in tests) and survive reordering.
        configurationBuilder.Properties<DeclarationStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReviewStage>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ReviewDecision>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReviewGrade>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OrganisationKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SectionKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<UserRole>().HaveConversion<string>().HaveMaxLength(32);
        // Times are UTC everywhere; SQLite hands them back without a kind, PostgreSQL's timestamptz insists on UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<JixiaoUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Organisation>(org =>
        {
            org.Property(o => o.Name).HasMaxLength(200);
            org.Property(o => o.BudgetCode).HasMaxLength(50);
            org.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
            org.HasIndex(o => o.Name);
        });

        builder.Entity<SectionAssignment>(a =>
        {
            a.HasKey(x => new { x.SectionId, x.DepartmentId });
            a.HasOne<Organisation>().WithMany().HasForeignKey(x => x.SectionId).OnDelete(DeleteBehavior.Cascade);
            a.HasOne<Organisation>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Cascade);
            a.HasIndex(x => x.DepartmentId);
        });

        builder.Entity<DeclarationRecord>(d =>
        {
            d.ToTable("Declarations");
            d.Property(x => x.ProjectName).HasMaxLength(300);
            d.Property(x => x.ProjectTypes).HasMaxLength(200);
            d.Property(x => x.Route).HasMaxLength(300);
            d.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
            d.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            d.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            d.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.DeclarationId).OnDelete(DeleteBehavior.Cascade);
            d.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.DeclarationId).OnDelete(DeleteBehavior.Cascade);
            d.HasIndex(x => x.UnitId);
            d.HasIndex(x => x.DepartmentId);
            d.HasIndex(x => new { x.Status, x.CurrentStage });
            d.HasIndex(x => x.Year);
        });

        builder.Entity<DeclarationVersion>(v => v.HasKey(x => new { x.DeclarationId, x.Number }));

        builder.Entity<ReviewStepRecord>(s =>
        {
            s.Property(x => x.SectionName).HasMaxLength(200);
            s.Property(x => x.ReviewerUserName).HasMaxLength(256);
            s.Property(x => x.ReviewerDisplayName).HasMaxLength(256);
            s.Property(x => x.SealAlgorithm).HasMaxLength(32);
            s.Property(x => x.KeyFingerprint).HasMaxLength(128);
            s.HasIndex(x => x.DeclarationId);
            s.HasIndex(x => x.SectionId);
        });

        builder.Entity<SectionKey>(k =>
        {
            k.Property(x => x.Fingerprint).HasMaxLength(128);
            k.Property(x => x.PublicKeyHex).HasMaxLength(256);
            k.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            k.HasIndex(x => x.OrganisationId);
            k.HasIndex(x => x.Fingerprint).IsUnique();
        });

        builder.Entity<AuditEntry>(a =>
        {
            a.HasKey(x => x.Sequence);
            a.Property(x => x.Sequence).ValueGeneratedNever();
            a.Property(x => x.Actor).HasMaxLength(256);
            a.Property(x => x.Action).HasMaxLength(64);
            a.Property(x => x.EntityType).HasMaxLength(64);
            a.Property(x => x.EntityId).HasMaxLength(64);
            a.Property(x => x.PreviousHash).HasMaxLength(128);
            a.Property(x => x.Hash).HasMaxLength(128);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
