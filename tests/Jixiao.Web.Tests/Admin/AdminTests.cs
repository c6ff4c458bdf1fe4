using System.Net;
using System.Net.Http.Json;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Admin;

public class AdminTests
{
    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Admin_BuildsATreeAssignsASectionAndCreatesAFilerWhoMustChangeTheOneTimePassword(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var admin = await api.SignInAsync("admin");
        var orgs = (await admin.GetAsync("/api/admin/organisations").OkAsync()).AsArray();
        Assert.Equal(7, orgs.Count);
        var business = orgs.Single(o => (string?)o!["sectionKind"] == "business")!;

        var department = await (await admin.PostAsJsonAsync("/api/admin/organisations", new { name = "南昌市卫生健康委员会", kind = "department", budgetCode = "510001" })).ReadAsync(HttpStatusCode.Created);
        var unit = await (await admin.PostAsJsonAsync("/api/admin/organisations", new { name = "南昌市第一医院", kind = "budgetUnit", parentId = (string?)department["id"] })).ReadAsync(HttpStatusCode.Created);
        await admin.PostAsJsonAsync("/api/admin/organisations", new { name = "孤立的预算单位", kind = "budgetUnit" }).ProblemAsync(HttpStatusCode.BadRequest);
        await admin.PostAsJsonAsync("/api/admin/assignments", new { sectionId = (string?)business["id"], departmentId = (string?)department["id"] }).OkAsync();
        Assert.Equal(3, (await admin.GetAsync("/api/admin/assignments").OkAsync()).AsArray().Count);
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new { userName = "hospital", displayName = "医院填报人", role = "filer", organisationId = (string?)unit["id"] })).ReadAsync(HttpStatusCode.Created);
        var oneTime = (string)created["oneTimePassword"]!;
        await admin.PostAsJsonAsync("/api/admin/users", new { userName = "wrongplace", role = "sectionReviewer", organisationId = (string?)unit["id"], password = "Xx@12345678" }).ProblemAsync(HttpStatusCode.BadRequest);
        await admin.PostAsJsonAsync("/api/admin/users", new { userName = "hospital", role = "filer", organisationId = (string?)unit["id"], password = "Xx@12345678" }).ProblemAsync(HttpStatusCode.BadRequest);

        var hospital = await api.SignInAsync("hospital", oneTime);
        await hospital.PostAsJsonAsync("/api/declarations", TestDeclarations.Valid()).ProblemAsync(HttpStatusCode.Forbidden);
        await hospital.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = oneTime, newPassword = "Hospital@2022" });
        var id = await hospital.CreateAndSubmitAsync();
        await (await api.SignInAsync("filer1")).GetAsync($"/api/declarations/{id}").ProblemAsync(HttpStatusCode.NotFound);
        await (await api.SignInAsync("dept1")).GetAsync($"/api/declarations/{id}").ProblemAsync(HttpStatusCode.NotFound);

        // moving the unit under another department while its declaration is in review would leave it with the old
        // department's reviewers: refused, and nothing changes
        var dataBureau = orgs.Single(o => (string?)o!["name"] == "南昌市政务服务数据管理局")!;
        var move = await admin.PutAsJsonAsync($"/api/admin/organisations/{(string?)unit["id"]}", new { parentId = (string?)dataBureau["id"] })
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("还有 1 份未审定的申报表", (string?)move["detail"], StringComparison.Ordinal);
        var after = (await admin.GetAsync("/api/admin/organisations").OkAsync()).AsArray().Single(o => (string?)o!["id"] == (string?)unit["id"])!;
        Assert.Equal((string?)department["id"], (string?)after["parentId"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Admin_ResetPasswordAndChangeRole_TakeEffectAtOnce(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var admin = await api.SignInAsync("admin");
        var users = (await admin.GetAsync("/api/admin/users").OkAsync()).AsArray();
        Assert.Equal(9, users.Count);
        var filer2 = users.Single(u => (string?)u!["userName"] == "filer2")!;
        var filer2Client = await api.SignInAsync("filer2");

        var updated = await admin.PutAsJsonAsync($"/api/admin/users/{filer2["id"]}", new { role = "departmentReviewer" }).OkAsync();
        Assert.Equal("departmentReviewer", (string?)updated["role"]);
        Assert.Equal("departmentReviewer", (string?)(await filer2Client.GetAsync("/api/me").OkAsync())["role"]);

        var reset = await admin.PostAsync($"/api/admin/users/{filer2["id"]}/reset-password", null).OkAsync();
        await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "filer2", password = "Jixiao@2022" }).ProblemAsync(HttpStatusCode.Unauthorized);
        var again = await api.SignInAsync("filer2", (string)reset["oneTimePassword"]!);
        Assert.True((bool)(await again.GetAsync("/api/me").OkAsync())["mustChangePassword"]!);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task AdminRoutes_OtherRoles_Return403(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");

        await filer.GetAsync("/api/admin/users").ProblemAsync(HttpStatusCode.Forbidden);
        await filer.GetAsync("/api/admin/organisations").ProblemAsync(HttpStatusCode.Forbidden);
        await filer.PostAsJsonAsync("/api/admin/organisations", new { name = "x", kind = "department" }).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
