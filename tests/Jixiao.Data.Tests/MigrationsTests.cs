using Jixiao.Data;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public class MigrationsTests
{
    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    // Every model change must come with a migration for both providers (dotnet ef migrations add … --context …).
    [Fact]
    public void Sqlite_Model_HasNoChangesWithoutMigration()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project src/Jixiao.Data --context SqliteJixiaoDbContext -o Migrations/Sqlite");
    }

    [Fact]
    public void Postgres_Model_HasNoChangesWithoutMigration()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project src/Jixiao.Data --context PostgresJixiaoDbContext -o Migrations/Postgres");
    }
}
