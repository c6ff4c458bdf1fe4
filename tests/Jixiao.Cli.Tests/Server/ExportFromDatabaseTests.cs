using Jixiao.Application.Access;
using Jixiao.Application.Declarations;
using Jixiao.Application.Review;
using Jixiao.Cli.Commands;
using Jixiao.Data;
using Jixiao.Interchange;
using Jixiao.Testing.Builders;
using Jixiao.Testing.Databases;
using Jixiao.Testing.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Tests.Server;

/// `jixiao export ID` against a real database of each provider: the stored version, with review boxes and seals.
public class ExportFromDatabaseTests
{
    private const string MasterKey = "AAECAwQFBgcICQoLDA0ODw==";

    private static string[] Settings(TestDatabase database) =>
        [.. database.Settings.Select(s => $"--{s.Key}={s.Value}"), $"--Jixiao:MasterKey={MasterKey}"];

    private static Task<CliRun> RunAsync(TestDatabase database, params string[] args) => CliRun.RunAsync([.. args, .. Settings(database)]);

    private static async Task<Caller> CallerAsync(IServiceProvider services, string userName)
    {
        var db = services.GetRequiredService<JixiaoDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        return (await services.GetRequiredService<CallerLoader>().LoadAsync(user.Id, CancellationToken.None))!;
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_DemoDraftById_IsTheStoredDeclaration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await RunAsync(database, "seed-demo")).ExitCode);
        await using var db = database.CreateContext();
        var record = await db.Declarations.SingleAsync();
        var stored = DeclarationContent.Parse((await db.DeclarationVersions.SingleAsync()).Content);
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "demo.xlsx");

        var run = await RunAsync(database, "export", record.Id.ToString(), "-o", target);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(stored, FormFile.Read(target).Declaration);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_ReviewedDeclarationById_PrintsTheOpinionsAndVerifiedSeals(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await RunAsync(database, "seed-demo")).ExitCode);
        Guid id;
        await using (var services = ServerSettings.Services(Settings(database)))
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var filer = await CallerAsync(sp, "filer1");
            id = (await sp.GetRequiredService<CreateDeclaration>().RunAsync(filer, A.Declaration().Build(), "created", [], CancellationToken.None)).Id;
            Assert.NotNull((await sp.GetRequiredService<SubmitDeclaration>().RunAsync(filer, id, CancellationToken.None)).Submitted);
            await sp.GetRequiredService<ReviewDeclaration>().RunAsync(await CallerAsync(sp, "dept1"), id,
                new ReviewDeclaration.Input("approve", null, "同意上报财政", []), CancellationToken.None);
        }
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "reviewed.pdf");

        var run = await RunAsync(database, "export", id.ToString(), "--format", "pdf", "-o", target);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var text = ExportedFiles.PdfText(ExportedFiles.Keep(File.ReadAllBytes(target), $"cli-export-reviewed-{provider}.pdf"));
        Assert.Contains("同意上报财政", text, StringComparison.Ordinal);
        Assert.Contains("数据管理局审核人", text, StringComparison.Ordinal);
        Assert.Contains("南昌市政务服务数据管理局已验证", text, StringComparison.Ordinal);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_UnknownId_ExitsTwoSayingSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();

        var run = await RunAsync(database, "export", id.ToString(), "-o", Path.Combine(Path.GetTempPath(), $"{id}.xlsx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"数据库中没有编号为 {id} 的申报表。", run.Stderr.Trim());
    }
}
