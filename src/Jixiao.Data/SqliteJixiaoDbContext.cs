using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data;

/// The model on an embedded SQLite file (the zero-configuration default); owns Migrations/Sqlite/.
public sealed class SqliteJixiaoDbContext(DbContextOptions<SqliteJixiaoDbContext> options) : JixiaoDbContext(options)
{
    // Microsoft.Data.Sqlite begins transactions with BEGIN IMMEDIATE: the transaction already holds the file's only
    // write lock, and a second writer waits for it.
    protected override Task LockForWriteAsync(CancellationToken ct) => Task.CompletedTask;
}

/// Lets `dotnet ef migrations add … --context SqliteJixiaoDbContext` build the model without a host.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJixiaoDbContext>
{
    public SqliteJixiaoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteJixiaoDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
