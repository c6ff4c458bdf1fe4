using System.Net;
using System.Net.Http.Json;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Declarations;

/// Outside the caller's scope a declaration does not exist: not in lists, and 404 by id on every route.
public class ScopeTests
{
    private static async Task AssertInvisibleAsync(HttpClient client, Guid id)
    {
        Assert.DoesNotContain((await client.GetAsync("/api/declarations").OkAsync()).AsArray(), d => (string?)d!["id"] == id.ToString());
        foreach (var path in new[] { "", "/history", "/seals/verify", "/versions/1/diff/1" })
            await client.GetAsync($"/api/declarations/{id}{path}").ProblemAsync(HttpStatusCode.NotFound);
        await client.SaveAsync(id, 1, TestDeclarations.Valid()).ProblemAsync(HttpStatusCode.NotFound);
        await client.SubmitAsync(id).ProblemAsync(HttpStatusCode.NotFound);
        await client.ReviewAsync(id, "approve").ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task AssertVisibleAsync(HttpClient client, Guid id)
    {
        Assert.Contains((await client.GetAsync("/api/declarations").OkAsync()).AsArray(), d => (string?)d!["id"] == id.ToString());
        await client.GetAsync(id);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Draft_IsSeenOnlyByItsUnitAndItsDepartment(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await (await api.SignInAsync("filer1")).CreateAsync();

        await AssertVisibleAsync(await api.SignInAsync("filer1"), id);
        await AssertVisibleAsync(await api.SignInAsync("dept1"), id);
        foreach (var outsider in new[] { "filer2", "dept2", "biz", "perf", "debt", "proc", "admin" })
            await AssertInvisibleAsync(await api.SignInAsync(outsider), id);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Section_SeesWhatWaitsAtItsStageAndReadOnlyWhatItReviewed(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var biz = await api.SignInAsync("biz");
        var perf = await api.SignInAsync("perf");
        var id = await filer.CreateAndSubmitAsync();
        await AssertInvisibleAsync(biz, id);

        await (await api.SignInAsync("dept1")).ReviewAsync(id, "approve").OkAsync();
        await AssertVisibleAsync(biz, id);
        await AssertInvisibleAsync(perf, id);

        await biz.ReviewAsync(id, "approve").OkAsync();
        await AssertVisibleAsync(perf, id);
        await AssertVisibleAsync(biz, id);                     // reviewed it: still readable
        await biz.ReviewAsync(id, "approve").ProblemAsync(HttpStatusCode.Conflict);   // but no longer its stage
        await biz.SaveAsync(id, 1, TestDeclarations.Valid()).ProblemAsync(HttpStatusCode.Forbidden);
        await AssertInvisibleAsync(await api.SignInAsync("debt"), id);
        await AssertInvisibleAsync(await api.SignInAsync("filer2"), id);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task BusinessSection_NotAssignedToTheDepartment_DoesNotSeeIt(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var admin = await api.SignInAsync("admin");
        var orgs = (await admin.GetAsync("/api/admin/organisations").OkAsync()).AsArray();
        var bureau = orgs.Single(o => (string?)o!["kind"] == "financeBureau")!;
        var section = await (await admin.PostAsJsonAsync("/api/admin/organisations",
            new { name = "市财政局第二业务科", kind = "financeSection", sectionKind = "business", parentId = (string?)bureau["id"] })).ReadAsync(HttpStatusCode.Created);
        var user = await (await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "biz2", role = "sectionReviewer", organisationId = (string?)section["id"], password = "Biz2@Jixiao" })).ReadAsync(HttpStatusCode.Created);
        Assert.Equal("biz2", (string?)user["user"]!["userName"]);
        var id = await (await api.SignInAsync("filer1")).CreateAndSubmitAsync();
        await (await api.SignInAsync("dept1")).ReviewAsync(id, "approve").OkAsync();

        var biz2 = await api.SignInAsync("biz2", "Biz2@Jixiao");

        await AssertInvisibleAsync(biz2, id);
        Assert.Empty((await biz2.GetAsync("/api/reviews/queue").OkAsync()).AsArray());
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task BusinessSection_DepartmentReassigned_SeesWhatItReviewedButNoLongerDecides(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var admin = await api.SignInAsync("admin");
        var orgs = (await admin.GetAsync("/api/admin/organisations").OkAsync()).AsArray();
        Guid IdOf(string name) => Guid.Parse((string)orgs.Single(o => (string?)o!["name"] == name)!["id"]!);
        var bureau = orgs.Single(o => (string?)o!["kind"] == "financeBureau")!;
        var section = await (await admin.PostAsJsonAsync("/api/admin/organisations",
            new { name = "市财政局第二业务科", kind = "financeSection", sectionKind = "business", parentId = (string?)bureau["id"] })).ReadAsync(HttpStatusCode.Created);
        var newSection = Guid.Parse((string)section["id"]!);
        await (await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "biz2", role = "sectionReviewer", organisationId = newSection, password = "Biz2@Jixiao" })).ReadAsync(HttpStatusCode.Created);
        var filer = await api.SignInAsync("filer1");
        var dept1 = await api.SignInAsync("dept1");
        var biz = await api.SignInAsync("biz");
        var id = await filer.CreateAndSubmitAsync();
        await dept1.ReviewAsync(id, "approve").OkAsync();
        await biz.ReviewAsync(id, "return", opinion: "请补充。").OkAsync();   // biz has a step on it from now on
        // the department moves to the new business section, then the declaration comes back to the business stage
        var department = IdOf("南昌市政务服务数据管理局");
        await admin.PostAsJsonAsync("/api/admin/assignments", new { sectionId = newSection, departmentId = department }).OkAsync();
        (await admin.DeleteAsync($"/api/admin/assignments/{IdOf("市财政局业务科")}/{department}")).EnsureSuccessStatusCode();
        await filer.SubmitAsync(id).OkAsync();
        await dept1.ReviewAsync(id, "approve").OkAsync();
        var biz2 = await api.SignInAsync("biz2", "Biz2@Jixiao");

        await AssertVisibleAsync(biz, id);   // what it reviewed stays readable
        Assert.Empty((await biz.GetAsync("/api/reviews/queue").OkAsync()).AsArray());
        var refused = await biz.ReviewAsync(id, "approve").ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("现在不由您的科室审核", (string?)refused["detail"], StringComparison.Ordinal);
        Assert.Equal([id.ToString()], (await biz2.GetAsync("/api/reviews/queue").OkAsync()).AsArray().Select(d => (string?)d!["id"]));
        await biz2.ReviewAsync(id, "approve").OkAsync();
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Queue_ShowsWhatWaitsAtTheCallersStageOnly(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var dept1 = await api.SignInAsync("dept1");
        var waiting = await filer.CreateAndSubmitAsync();
        var passedOn = await filer.CreateAndSubmitAsync();
        await filer.CreateAsync();
        await dept1.ReviewAsync(passedOn, "approve").OkAsync();

        var deptQueue = (await dept1.GetAsync("/api/reviews/queue").OkAsync()).AsArray();
        var bizQueue = (await (await api.SignInAsync("biz")).GetAsync("/api/reviews/queue").OkAsync()).AsArray();

        Assert.Equal([waiting.ToString()], deptQueue.Select(d => (string?)d!["id"]));
        Assert.Equal([passedOn.ToString()], bizQueue.Select(d => (string?)d!["id"]));
        Assert.Equal("financeBusiness", (string?)bizQueue[0]!["currentStage"]);
        Assert.Empty((await (await api.SignInAsync("dept2")).GetAsync("/api/reviews/queue").OkAsync()).AsArray());
        Assert.Empty((await filer.GetAsync("/api/reviews/queue").OkAsync()).AsArray());
    }
}
