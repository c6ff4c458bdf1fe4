using System.Net;
using System.Net.Http.Json;
using Jixiao.Application.Setup;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Auth;

public class AuthTests
{
    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Login_RightPassword_SetsHttpOnlyStrictCookieAndMeShowsRole(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var client = api.Anonymous();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "dept1", password = SeedDemo.Password });

        var me = await response.ReadAsync(HttpStatusCode.OK);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("departmentReviewer", (string?)me["role"]);
        Assert.Equal("competentDepartment", (string?)me["stage"]);
        var again = await client.GetAsync("/api/me").OkAsync();
        Assert.Equal("南昌市政务服务数据管理局", (string?)again["organisation"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Login_WrongPassword_Returns401Problem(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);

        var problem = await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "filer1", password = "wrong" }).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("用户名或密码不正确", (string?)problem["detail"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var client = api.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/login", new { userName = "filer1", password = "wrong" }).ProblemAsync(HttpStatusCode.Unauthorized);

        var problem = await client.PostAsJsonAsync("/api/auth/login", new { userName = "filer1", password = SeedDemo.Password }).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("锁定", (string?)problem["detail"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Api_NotSignedIn_Returns401ProblemWithoutRedirect(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var client = api.Anonymous();

        foreach (var path in new[] { "/api/declarations", "/api/me", "/api/reviews/queue", "/api/admin/users" })
            await client.GetAsync(path).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Logout_ThenApi_Returns401(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var client = await api.SignInAsync("filer1");

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/logout", null)).StatusCode);

        await client.GetAsync("/api/declarations").ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task StateChange_FormPost_Returns415Problem(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var client = await api.SignInAsync("filer1");

        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["projectName"] = "跨站表单" });
        await client.PostAsync("/api/declarations", form).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await client.PostAsync("/api/auth/login", new StringContent("userName=filer1", System.Text.Encoding.UTF8, "text/plain")).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var list = (await client.GetAsync("/api/declarations").OkAsync()).AsArray();
        Assert.DoesNotContain(list, d => (string?)d!["projectName"] == "跨站表单");
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task FirstStart_WithoutDemo_OnlyAdminWithOneTimePasswordThatMustBeChanged(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider, demo: false);
        var outcome = await api.RunAsync<InitializeDatabase, InitializeDatabase.Outcome>(i => i.RunAsync(demo: false, CancellationToken.None));
        Assert.False(outcome.DemoSeeded);
        var oneTime = Assert.IsType<string>(outcome.AdminOneTimePassword);
        await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "filer1", password = SeedDemo.Password }).ProblemAsync(HttpStatusCode.Unauthorized);

        var admin = await api.SignInAsync("admin", oneTime);
        Assert.True((bool)(await admin.GetAsync("/api/me").OkAsync())["mustChangePassword"]!);
        var blocked = await admin.GetAsync("/api/admin/users").ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("修改密码", (string?)blocked["detail"]);

        var changed = await admin.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = oneTime, newPassword = "Neues@Passwort9" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var users = await admin.GetAsync("/api/admin/users").OkAsync();
        Assert.Equal("admin", (string?)Assert.Single(users.AsArray())!["userName"]);

        var secondStart = await api.RunAsync<InitializeDatabase, InitializeDatabase.Outcome>(i => i.RunAsync(demo: false, CancellationToken.None));
        Assert.Null(secondStart.AdminOneTimePassword);
    }
}
