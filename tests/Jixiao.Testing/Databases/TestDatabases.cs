using Xunit;

namespace Jixiao.Testing.Databases;

/// The database providers Jixiao runs on; a data or API test runs once per provider.
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// Theory data: every provider. Use with [SkippableTheory] so that a missing PostgreSQL shows as skipped with its
/// reason (and fails under CI):
/// <code>[SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]</code>
public static class TestDatabases
{
    public static IEnumerable<object[]> All => [[DatabaseProvider.Sqlite], [DatabaseProvider.Postgres]];

    /// Connection string of the PostgreSQL server for tests (./test.sh starts a private cluster and sets it).
    public static string? PostgresServer => Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    /// Skips the current test when PostgreSQL is wanted but not there; under CI that is a failure instead.
    public static void RequireAvailable(DatabaseProvider provider)
    {
        if (provider != DatabaseProvider.Postgres || PostgresServer is not null) return;
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            throw new InvalidOperationException("JIXIAO_TEST_POSTGRES is not set, and under CI the PostgreSQL tests must run: start them with ./test.sh.");
        Skip.If(true, "PostgreSQL not available: JIXIAO_TEST_POSTGRES is not set (./test.sh starts a private cluster and sets it).");
    }
}
