using Jixiao.Testing.Databases;

namespace Jixiao.Cli.Tests.Server;

/// migrate, seed-demo and audit verify against a real database of each provider, run in-process.
public class ServerCommandsTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(TestDatabase database, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] settings = [.. database.Settings.Select(s => $"--{s.Key}={s.Value}")];
        var exit = await JixiaoCli.RunAsync([.. args, .. settings], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task MigrateThenSeedDemo_CreatesTheDemoOnceAndTheAuditChainVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);

        var migrated = await RunAsync(database, "migrate");
        Assert.Equal(0, migrated.Exit);
        Assert.Contains("已应用", migrated.Out);
        Assert.Equal(0, (await RunAsync(database, "seed-demo")).Exit);
        var again = await RunAsync(database, "seed-demo");
        Assert.Equal(1, again.Exit);
        Assert.Contains("已有用户", again.Err);

        var verified = await RunAsync(database, "audit", "verify");

        Assert.Equal(0, verified.Exit);
        Assert.Contains("审计日志完整", verified.Out);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AuditVerify_EditedEntry_Exits1NamingIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await RunAsync(database, "seed-demo")).Exit);

        await database.ExecuteAsync("""UPDATE "AuditEntries" SET "Actor" = 'mallory' WHERE "Sequence" = 4""");
        var verified = await RunAsync(database, "audit", "verify");

        Assert.Equal(1, verified.Exit);
        Assert.Contains("第 4 条", verified.Err);
    }
}
