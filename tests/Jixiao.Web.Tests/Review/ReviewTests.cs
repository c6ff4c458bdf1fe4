using System.Net;
using System.Net.Http.Json;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Review;

public class ReviewTests
{
    /// Walks a submitted declaration along its route: every stage approves, the last with the given grade.
    private static async Task<System.Text.Json.Nodes.JsonNode> ApproveAlongAsync(TestApi api, Guid id, string[] reviewers, string grade = "优")
    {
        System.Text.Json.Nodes.JsonNode? last = null;
        for (var i = 0; i < reviewers.Length; i++)
            last = await (await api.SignInAsync(reviewers[i])).ReviewAsync(id, "approve", i == reviewers.Length - 1 ? grade : null).OkAsync();
        return last!;
    }

    [SkippableTheory]
    [MemberData(nameof(Routes))]
    public async Task Route_ByProjectTypes_GoesThroughTheMatchingSections(DatabaseProvider provider, string[] types, string[] stages, string[] reviewers)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAsync(TestDeclarations.Valid(types));

        var submitted = await filer.SubmitAsync(id).OkAsync();
        Assert.Equal("inReview", (string?)submitted["status"]);
        Assert.Equal(stages, submitted.Stages());

        var approved = await ApproveAlongAsync(api, id, reviewers, grade: "良");

        Assert.Equal("approved", (string?)approved["status"]);
        Assert.All(approved["route"]!.AsArray(), s => Assert.Equal("approved", (string?)s!["state"]));
        var history = await filer.GetAsync($"/api/declarations/{id}/history").OkAsync();
        Assert.Equal(stages, history["steps"]!.AsArray().Select(s => (string)s!["stage"]!));
        Assert.Equal(reviewers, history["steps"]!.AsArray().Select(s => (string)s!["reviewer"]!));
    }

    public static IEnumerable<object[]> Routes()
    {
        (string[] types, string[] stages, string[] reviewers)[] routes =
        [
            (["general"], ["competentDepartment", "financeBusiness", "performanceEvaluation"], ["dept1", "biz", "perf"]),
            (["ppp"], ["competentDepartment", "financeBusiness", "debtFinance"], ["dept1", "biz", "debt"]),
            (["governmentDebt"], ["competentDepartment", "financeBusiness", "debtFinance"], ["dept1", "biz", "debt"]),
            (["governmentProcurement"], ["competentDepartment", "financeBusiness", "procurementSupervision"], ["dept1", "biz", "proc"]),
            (["purchaseOfService"], ["competentDepartment", "financeBusiness", "procurementSupervision"], ["dept1", "biz", "proc"]),
            (["general", "purchaseOfService", "ppp"], ["competentDepartment", "financeBusiness", "debtFinance", "procurementSupervision"], ["dept1", "biz", "debt", "proc"]),
        ];
        foreach (var provider in TestDatabases.All.Select(p => (DatabaseProvider)p[0]))
            foreach (var (types, stages, reviewers) in routes)
                yield return [provider, types, stages, reviewers];
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Return_ThenResubmit_StartsTheRouteAgainAndKeepsEarlierOpinions(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var dept1 = await api.SignInAsync("dept1");
        var biz = await api.SignInAsync("biz");
        var id = await filer.CreateAndSubmitAsync();
        await dept1.ReviewAsync(id, "approve", opinion: "同意上报").OkAsync();

        var returned = await biz.ReviewAsync(id, "return", opinion: "成本指标需细化",
            comments: [new { location = "indicators[3].target", text = "请写明单价" }]).OkAsync();

        Assert.Equal("returned", (string?)returned["status"]);
        Assert.Equal(["approved", "returned", "pending"], returned["route"]!.AsArray().Select(s => (string)s!["state"]!));
        var details = await filer.GetAsync(id);
        Assert.True((bool)details["editable"]!);
        await filer.SaveAsync(id, 1, TestDeclarations.Valid()).OkAsync();
        var resubmitted = await filer.SubmitAsync(id).OkAsync();
        Assert.Equal("competentDepartment", (string?)resubmitted["currentStage"]);
        Assert.Equal(["current", "pending", "pending"], resubmitted["route"]!.AsArray().Select(s => (string)s!["state"]!));
        await dept1.ReviewAsync(id, "approve", opinion: "已按意见修改").OkAsync();

        var steps = (await filer.GetAsync($"/api/declarations/{id}/history").OkAsync())["steps"]!.AsArray();
        Assert.Equal(["同意上报", "成本指标需细化", "已按意见修改"], steps.Select(s => (string)s!["opinion"]!));
        Assert.Equal([1, 1, 2], steps.Select(s => (int)s!["round"]!));
        Assert.Equal([1, 1, 2], steps.Select(s => (int)s!["version"]!));
        Assert.Equal("return", (string?)steps[1]!["decision"]);
        Assert.Equal("请写明单价", (string?)steps[1]!["comments"]![0]!["text"]);
        Assert.Equal("indicators[3].target", (string?)steps[1]!["comments"]![0]!["location"]);
        Assert.Equal("市财政局业务科", (string?)steps[1]!["section"]);
        Assert.NotNull(steps[1]!["seal"]!["signature"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Grade_FairCannotApprove_PoorRejects(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var perf = await api.SignInAsync("perf");
        var id = await filer.CreateAndSubmitAsync();
        await ApproveAlongAsync(api, id, ["dept1", "biz"], grade: "");
        await perf.ReviewAsync(id, "approve", grade: null).ProblemAsync(HttpStatusCode.Conflict);

        var fair = await perf.ReviewAsync(id, "approve", grade: "中").ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("中", (string?)fair["detail"]);
        Assert.Equal("performanceEvaluation", (string?)(await filer.GetAsync(id))["currentStage"]);

        var rejected = await perf.ReviewAsync(id, "return", grade: "差", opinion: "绩效目标与资金严重不匹配").OkAsync();
        Assert.Equal("rejected", (string?)rejected["status"]);
        await filer.SubmitAsync(id).ProblemAsync(HttpStatusCode.Conflict);
        await filer.SaveAsync(id, 1, TestDeclarations.Valid()).ProblemAsync(HttpStatusCode.Conflict);
        var last = (await filer.GetAsync($"/api/declarations/{id}/history").OkAsync())["steps"]!.AsArray()[^1]!;
        Assert.Equal("reject", (string?)last["decision"]);
        Assert.Equal("差", (string?)last["grade"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Grade_FairWithReturn_GoesBackToTheUnit(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAndSubmitAsync();
        await ApproveAlongAsync(api, id, ["dept1", "biz"], grade: "");

        var returned = await (await api.SignInAsync("perf")).ReviewAsync(id, "return", grade: "中", opinion: "指标不够具体").OkAsync();

        Assert.Equal("returned", (string?)returned["status"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Review_BadInput_Returns400AndFilerReviewing_Returns403(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var dept1 = await api.SignInAsync("dept1");
        var id = await filer.CreateAndSubmitAsync();

        await dept1.ReviewAsync(id, "maybe").ProblemAsync(HttpStatusCode.BadRequest);
        await dept1.ReviewAsync(id, "approve", grade: "甲").ProblemAsync(HttpStatusCode.BadRequest);
        await dept1.ReviewAsync(id, "approve", grade: "优").ProblemAsync(HttpStatusCode.Conflict);   // only the last stage grades
        await filer.ReviewAsync(id, "approve").ProblemAsync(HttpStatusCode.Forbidden);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Review_TwoReviewersAtOnce_ExactlyOneSucceeds(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await (await api.SignInAsync("filer1")).CreateAndSubmitAsync();
        var first = await api.SignInAsync("dept1");
        var second = await api.SignInAsync("dept1");

        var responses = await Task.WhenAll(first.ReviewAsync(id, "approve", opinion: "甲"), second.ReviewAsync(id, "return", opinion: "乙"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var steps = (await first.GetAsync($"/api/declarations/{id}/history").OkAsync())["steps"]!.AsArray();
        Assert.Single(steps);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Adjustment_OfApproved_IsANewDraftVersionReviewedAgainWhileTheApprovedOneStaysReadable(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAndSubmitAsync();
        await filer.PostAsync($"/api/declarations/{id}/adjustments", null).ProblemAsync(HttpStatusCode.Conflict);
        await ApproveAlongAsync(api, id, ["dept1", "biz", "perf"]);
        await filer.SaveAsync(id, 1, TestDeclarations.Valid()).ProblemAsync(HttpStatusCode.Conflict);   // approval locks it

        var adjusted = await (await filer.PostAsync($"/api/declarations/{id}/adjustments", null)).ReadAsync(HttpStatusCode.Created);
        Assert.Equal("draft", (string?)adjusted["status"]);
        Assert.Equal(2, (int)adjusted["version"]!);
        var changed = TestDeclarations.Valid();
        changed["indicators"]![4]!["target"] = new System.Text.Json.Nodes.JsonObject { ["text"] = "≥40个" };
        await filer.SaveAsync(id, 2, changed).OkAsync();

        var diff = await filer.GetAsync($"/api/declarations/{id}/versions/1/diff/3").OkAsync();
        var change = Assert.Single(diff["changes"]!.AsArray(), c => ((string)c!["location"]!).StartsWith("indicators[4].target.text", StringComparison.Ordinal))!;
        Assert.Equal("≥30个", (string?)change["before"]);
        Assert.Equal("≥40个", (string?)change["after"]);
        Assert.Empty((await filer.GetAsync($"/api/declarations/{id}/versions/1/diff/2").OkAsync())["changes"]!.AsArray());
        await filer.GetAsync($"/api/declarations/{id}/versions/1/diff/9").ProblemAsync(HttpStatusCode.NotFound);

        var history = await filer.GetAsync($"/api/declarations/{id}/history").OkAsync();
        Assert.Equal(["created", "adjustment", "edited"], history["versions"]!.AsArray().Select(v => (string)v!["origin"]!));
        await filer.SubmitAsync(id).OkAsync();
        var approvedAgain = await ApproveAlongAsync(api, id, ["dept1", "biz", "perf"]);
        Assert.Equal("approved", (string?)approvedAgain["status"]);
        Assert.True((bool)(await filer.GetAsync($"/api/declarations/{id}/seals/verify").OkAsync())["valid"]!);
    }
}
