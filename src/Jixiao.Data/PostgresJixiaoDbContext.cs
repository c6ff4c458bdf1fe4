using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data;

/// The model on PostgreSQL (Database:Provider=Postgres); owns Migrations/Postgres/.
public sealed class PostgresJixiaoDbContext(DbContextOptions<PostgresJixiaoDbContext> options) : JixiaoDbContext(options)
{
    /// Any number will do as long as every writer uses the same one.
    private const long WriteLockKey = 0x4A49_5849_414F;   // "JIXIAO"

    // A transaction-scoped advisory lock: released at commit or rollback, so it cannot leak.
    protected override async Task LockForWriteAsync(CancellationToken ct) =>
        await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({WriteLockKey})", ct);
}

/// Lets `dotnet ef migrations add … --context PostgresJixiaoDbContext` build the model without a server.
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJixiaoDbContext>
{
    public PostgresJixiaoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresJixiaoDbContext>().UseNpgsql("Host=localhost;Database=jixiao_design").Options);
}
