using System.Net;
using Microsoft.EntityFrameworkCore;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Review;

/// Seals and the audit chain are checked against the rows themselves, so a change made straight in the database
/// (raw SQL here, past the application) is caught.
public class SealAndAuditTests
{
    private static async Task<Guid> ReviewedTwiceAsync(TestApi api)
    {
        var id = await (await api.SignInAsync("filer1")).CreateAndSubmitAsync();
        await (await api.SignInAsync("dept1")).ReviewAsync(id, "approve", opinion: "同意").OkAsync();
        await (await api.SignInAsync("biz")).ReviewAsync(id, "approve", opinion: "同意报送").OkAsync();
        return id;
    }

    private static async Task<bool[]> SealStatesAsync(HttpClient client, Guid id, bool expectedOverall)
    {
        var result = await client.GetAsync($"/api/declarations/{id}/seals/verify").OkAsync();
        Assert.Equal(expectedOverall, (bool)result["valid"]!);
        Assert.Equal(["competentDepartment", "financeBusiness"], result["steps"]!.AsArray().Select(s => (string)s!["stage"]!));
        return [.. result["steps"]!.AsArray().Select(s => (bool)s!["valid"]!)];
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Seals_Untouched_Verify(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await ReviewedTwiceAsync(api);

        var states = await SealStatesAsync(await api.SignInAsync("filer1"), id, expectedOverall: true);
        Assert.Equal(new[] { true, true }, states);
        var steps = (await (await api.SignInAsync("filer1")).GetAsync($"/api/declarations/{id}/history").OkAsync())["steps"]!.AsArray();
        Assert.All(steps, s => Assert.Equal("SM2-SM3", (string?)s!["seal"]!["algorithm"]));
        Assert.NotEqual((string?)steps[0]!["seal"]!["keyFingerprint"], (string?)steps[1]!["seal"]!["keyFingerprint"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Tampering))]
    public async Task Seals_StepRowEditedByHand_ThatStepNoLongerVerifies(DatabaseProvider provider, string set)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await ReviewedTwiceAsync(api);

        var rows = await api.Database.ExecuteAsync($"""UPDATE "ReviewSteps" SET {set} WHERE "Stage" = 'CompetentDepartment'""");

        Assert.Equal(1, rows);
        var states = await SealStatesAsync(await api.SignInAsync("dept1"), id, expectedOverall: false);
        Assert.Equal(new[] { false, true }, states);
    }

    public static IEnumerable<object[]> Tampering() =>
        from p in TestDatabases.All
        from set in new[]
        {
            """ "Opinion" = '不同意' """,
            """ "Decision" = 'Return' """,
            """ "ReviewerDisplayName" = '他人' """,
            """ "SignedAt" = "SignedAt" + INTERVAL '1 second' """,
        }
        where (DatabaseProvider)p[0] == DatabaseProvider.Postgres || !set.Contains("INTERVAL", StringComparison.Ordinal)
        select new object[] { p[0], set };

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Seals_ReviewedContentEditedByHand_NoStepVerifies(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await ReviewedTwiceAsync(api);

        await api.Database.ExecuteAsync("""UPDATE "DeclarationVersions" SET "Content" = REPLACE("Content", '≥95%', '≥60%')""");

        var states = await SealStatesAsync(await api.SignInAsync("filer1"), id, expectedOverall: false);
        Assert.Equal(new[] { false, false }, states);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AuditChain_RecordsEveryChangeAndBreaksWhereARowWasEdited(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        await ReviewedTwiceAsync(api);
        var admin = await api.SignInAsync("admin");

        var intact = await admin.GetAsync("/api/admin/audit/verify").OkAsync();
        Assert.True((bool)intact["valid"]!);
        var count = (long)intact["checkedCount"]!;
        Assert.True(count >= 20, $"demo seed, create, submit and two reviews should leave at least 20 entries, found {count}");

        await api.Database.ExecuteAsync("""UPDATE "AuditEntries" SET "Details" = '{"forged":true}' WHERE "Sequence" = 5""");

        var broken = await admin.GetAsync("/api/admin/audit/verify").OkAsync();
        Assert.False((bool)broken["valid"]!);
        Assert.Equal(5, (long)broken["firstBrokenSequence"]!);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)broken["reason"]!);
        await (await api.SignInAsync("filer1")).GetAsync("/api/admin/audit/verify").ProblemAsync(HttpStatusCode.Forbidden);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Audit_EveryChange_AppendsItsEntryInOrder(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider, demo: false);
        await api.RunAsync<Jixiao.Application.Setup.SeedDemo, bool>(s => s.RunAsync(CancellationToken.None));
        await using (var db = api.Database.CreateContext())
            await db.AuditEntries.ExecuteDeleteAsync();   // start the chain afresh: only this test's actions below
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAsync();
        await filer.SaveAsync(id, 1, TestDeclarations.Valid()).OkAsync();
        await filer.SubmitAsync(id).OkAsync();
        await filer.PostAsync($"/api/declarations/{id}/withdraw", null).OkAsync();
        await filer.SubmitAsync(id).OkAsync();
        foreach (var (reviewer, grade) in new[] { ("dept1", (string?)null), ("biz", null), ("perf", "优") })
            await (await api.SignInAsync(reviewer)).ReviewAsync(id, "approve", grade).OkAsync();
        await (await filer.PostAsync($"/api/declarations/{id}/adjustments", null)).ReadAsync(HttpStatusCode.Created);
        await (await api.SignInAsync("admin")).PostAsync($"/api/admin/users/{Guid.Empty}/reset-password", null).ProblemAsync(HttpStatusCode.NotFound);

        await using var check = api.Database.CreateContext();
        var entries = await check.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(
            ["declaration.create", "declaration.edit", "declaration.submit", "declaration.withdraw", "declaration.submit",
             "declaration.review", "declaration.review", "declaration.review", "declaration.adjust"],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(id.ToString(), e.EntityId));
        Assert.Equal(["filer1", "filer1", "filer1", "filer1", "filer1", "dept1", "biz", "perf", "filer1"], entries.Select(e => e.Actor));
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AuditChain_DeletedEntry_IsNamed(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        await ReviewedTwiceAsync(api);

        await api.Database.ExecuteAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");

        var broken = await (await api.SignInAsync("admin")).GetAsync("/api/admin/audit/verify").OkAsync();
        Assert.False((bool)broken["valid"]!);
        Assert.Equal(3, (long)broken["firstBrokenSequence"]!);
    }
}
