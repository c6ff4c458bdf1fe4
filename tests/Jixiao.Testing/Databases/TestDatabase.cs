using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Testing.Databases;

/// A database that belongs to one test: a fresh SQLite file, or a uniquely named PostgreSQL database that is dropped
/// when the test ends. Created migrated, through the same migrations the application runs.
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Name = name;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// The file path (SQLite) or database name (PostgreSQL).
    public string Name { get; }

    /// The settings that point Jixiao at this database (Database:Provider, ConnectionStrings:Jixiao).
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Jixiao"] = ConnectionString,
    };

    /// A new, empty, migrated database. Skips the test when PostgreSQL is wanted and missing (fails under CI).
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        var database = CreateUnmigrated(provider);
        if (migrate)
        {
            await using var db = database.CreateContext();
            await db.Database.MigrateAsync();
        }
        return database;
    }

    private static TestDatabase CreateUnmigrated(DatabaseProvider provider)
    {
        TestDatabases.RequireAvailable(provider);
        var id = Guid.NewGuid().ToString("N");
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var path = Path.Combine(Path.GetTempPath(), $"jixiao-test-{id}.db");
                return new TestDatabase(provider, $"Data Source={path};Pooling=False", path);
            case DatabaseProvider.Postgres:
                var name = $"jixiao_test_{id}";
                var builder = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresServer) { Database = name };
                return new TestDatabase(provider, builder.ConnectionString, name);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider));
        }
    }

    public JixiaoDbContext CreateContext() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteJixiaoDbContext(new DbContextOptionsBuilder<SqliteJixiaoDbContext>().UseSqlite(ConnectionString).Options),
        DatabaseProvider.Postgres => new PostgresJixiaoDbContext(new DbContextOptionsBuilder<PostgresJixiaoDbContext>().UseNpgsql(ConnectionString).Options),
        _ => throw new ArgumentOutOfRangeException(nameof(Provider)),
    };

    /// Runs raw SQL against the database, past the application: for tests that tamper with rows by hand.
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var db = CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                    File.Delete(Name + suffix);
                break;
            case DatabaseProvider.Postgres:
                NpgsqlConnection.ClearAllPools();
                await using (var connection = new NpgsqlConnection(TestDatabases.PostgresServer))
                {
                    await connection.OpenAsync();
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
                    await drop.ExecuteNonQueryAsync();
                }
                break;
        }
    }
}
