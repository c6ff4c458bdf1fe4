using System.Net;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Review;

/// GET /api/reviews/recent: the caller's own latest decisions, newest first (the reviewer's workbench).
public class RecentReviewsTests
{
    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Recent_AfterDeciding_ListsTheCallersOwnDecisionsNewestFirst(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var approved = await filer.CreateAndSubmitAsync();
        var returned = await filer.CreateAndSubmitAsync();
        var dept1 = await api.SignInAsync("dept1");
        await dept1.ReviewAsync(approved, "approve").OkAsync();
        await dept1.ReviewAsync(returned, "return", opinion: "请补充成本指标。").OkAsync();

        var recent = (await dept1.GetAsync("/api/reviews/recent").OkAsync()).AsArray();
        var othersRecent = (await (await api.SignInAsync("biz")).GetAsync("/api/reviews/recent").OkAsync()).AsArray();

        Assert.Equal([returned.ToString(), approved.ToString()], recent.Select(r => (string)r!["id"]!));
        Assert.Equal("return", (string?)recent[0]!["decision"]);
        Assert.Equal("请补充成本指标。", (string?)recent[0]!["opinion"]);
        Assert.Equal("returned", (string?)recent[0]!["status"]);
        Assert.Equal("competentDepartment", (string?)recent[0]!["stage"]);
        Assert.Equal("approve", (string?)recent[1]!["decision"]);
        Assert.Equal("2022年政务数据共享平台建设", (string?)recent[1]!["projectName"]);
        Assert.Empty(othersRecent);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Recent_Limit_CutsTheListAndRejectsNonsense(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var dept1 = await api.SignInAsync("dept1");
        var decided = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await filer.CreateAndSubmitAsync();
            await dept1.ReviewAsync(id, "approve").OkAsync();
            decided.Add(id);
        }

        var two = (await dept1.GetAsync("/api/reviews/recent?limit=2").OkAsync()).AsArray();

        // the latest two decisions, newest first
        Assert.Equal([decided[2].ToString(), decided[1].ToString()], two.Select(r => (string?)r!["id"]));
        await dept1.GetAsync("/api/reviews/recent?limit=0").ProblemAsync(HttpStatusCode.BadRequest);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Recent_SignedOut_Is401(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider, demo: false);

        await api.Anonymous().GetAsync("/api/reviews/recent").ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
