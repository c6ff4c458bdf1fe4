using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Declarations;

public class DeclarationTests
{
    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Create_ByFiler_IsADraftWhoseJsonReadsBack(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");

        var response = await filer.PostAsJsonAsync("/api/declarations", TestDeclarations.Valid("ppp"));
        var created = await response.ReadAsync(HttpStatusCode.Created);
        var id = (string)created["id"]!;
        Assert.Equal($"/api/declarations/{id}", response.Headers.Location?.OriginalString);
        Assert.IsType<JsonArray>(created["findings"]);

        var details = await filer.GetAsync(Guid.Parse(id));
        Assert.Equal("draft", (string?)details["status"]);
        Assert.Equal(1, (int)details["version"]!);
        Assert.Equal(["ppp"], details["projectTypes"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(["competentDepartment", "financeBusiness", "debtFinance"], details.Stages());
        Assert.All(details["route"]!.AsArray(), s => Assert.Equal("pending", (string?)s!["state"]));
        Assert.Equal("2022年政务数据共享平台建设", (string?)details["declaration"]!["projectName"]);
        Assert.Equal("≥95%", (string?)details["declaration"]!["indicators"]![1]!["target"]!["text"]);
        Assert.IsType<JsonArray>(details["findings"]);
        Assert.True((bool)details["editable"]!);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Get_DemoSample_EchoesEveryIndicatorWithTheFindingsSubmitWouldRefuse(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = Guid.Parse((string)(await filer.GetAsync("/api/declarations").OkAsync())[0]!["id"]!);

        var details = await filer.GetAsync(id);
        var refused = await filer.SubmitAsync(id).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(Samples.NanchangDeclaration.Indicators.Count, details["declaration"]!["indicators"]!.AsArray().Count);
        static string[] Errors(JsonNode findings) => [.. findings.AsArray()
            .Where(f => (string?)f!["severity"] == "error").Select(f => $"{f!["code"]} {f["location"]}")];
        Assert.Equal(["MISSING_VALUE", "MISSING_VALUE"], Errors(details["findings"]!).Select(e => e.Split(' ')[0]));
        Assert.Equal(Errors(refused["findings"]!), Errors(details["findings"]!));
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task List_ShowsSummaryFieldsAndFiltersByYearAndStatus(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var draftId = await filer.CreateAsync();
        var submittedId = await filer.CreateAndSubmitAsync();
        var other = TestDeclarations.Valid();
        other["year"] = 2023;
        other["startDate"] = "2023-01-01";
        other["endDate"] = "2023-12-31";
        await filer.CreateAsync(other);

        var all = (await filer.GetAsync("/api/declarations").OkAsync()).AsArray();
        var inReview = (await filer.GetAsync("/api/declarations?status=inReview").OkAsync()).AsArray();
        var of2023 = (await filer.GetAsync("/api/declarations?year=2023").OkAsync()).AsArray();

        Assert.Equal(4, all.Count);   // three here and the demo's imported sample
        var line = all.Single(d => (string?)d!["id"] == draftId.ToString())!;
        Assert.Equal("2022年政务数据共享平台建设", (string?)line["projectName"]);
        Assert.Equal("南昌市政务服务数据管理局", (string?)line["department"]);
        Assert.Equal("draft", (string?)line["status"]);
        Assert.Null(line["currentStage"]);
        Assert.Equal(1, (int)line["version"]!);
        Assert.NotNull(line["updatedAt"]);
        var submitted = Assert.Single(inReview)!;
        Assert.Equal(submittedId.ToString(), (string?)submitted["id"]);
        Assert.Equal("competentDepartment", (string?)submitted["currentStage"]);
        Assert.Equal(2023, (int)Assert.Single(of2023)!["year"]!);
        await filer.GetAsync("/api/declarations?status=done").ProblemAsync(HttpStatusCode.BadRequest);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Import_SampleForm_CreatesADraftFromTheFile(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer2");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Samples.NanchangSeed)), "file", "nanchang-2022-big-data-fund.txt");

        var created = await (await filer.PostAsync("/api/declarations/import", form)).ReadAsync(HttpStatusCode.Created);

        var details = await filer.GetAsync(Guid.Parse((string)created["id"]!));
        Assert.Equal("draft", (string?)details["status"]);
        Assert.Equal("南昌市教育局", (string?)details["department"]);
        var stored = details["declaration"]!;
        Assert.Equal("2022年市大数据发展专项资金", (string?)stored["projectName"]);
        Assert.Equal(91, stored["indicators"]!.AsArray().Count);
        Assert.Equal(13857.29m, (decimal)stored["budget"]!["total"]!);
        var missing = created["findings"]!.AsArray().Where(f => (string?)f!["code"] == "MISSING_VALUE").Select(f => (string?)f!["location"]);
        Assert.Equal(["indicators[59].target", "indicators[83].target"], missing);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Import_NotAForm_Returns400WithTheReadersMessage(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("{ 这不是 JSON"u8.ToArray()), "file", "broken.json");

        var problem = await filer.PostAsync("/api/declarations/import", form).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("broken.json", (string?)problem["detail"]);
        using var text = new MultipartFormDataContent();
        text.Add(new ByteArrayContent("会议纪要\n今天讨论了三件事。\n"u8.ToArray()), "file", "notes.txt");
        var notAForm = await filer.PostAsync("/api/declarations/import", text).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("notes.txt", (string?)notAForm["detail"]);
        Assert.DoesNotContain("jixiao-import-", (string?)notAForm["detail"]);
        Assert.Single((await filer.GetAsync("/api/declarations").OkAsync()).AsArray());
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Import_JixiaoJson_CreatesTheSameDeclaration(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(TestDeclarations.Valid("governmentDebt").ToJsonString()), "file", "declaration.json");

        var created = await (await filer.PostAsync("/api/declarations/import", form)).ReadAsync(HttpStatusCode.Created);

        var details = await filer.GetAsync(Guid.Parse((string)created["id"]!));
        Assert.Equal("2022年政务数据共享平台建设", (string?)details["declaration"]!["projectName"]);
        Assert.Equal(["governmentDebt"], details["projectTypes"]!.AsArray().Select(t => (string)t!));
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Read_SampleForm_ReturnsTheDeclarationAndFindingsWithoutStoringIt(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var before = (await filer.GetAsync("/api/declarations").OkAsync()).AsArray().Count;
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Samples.NanchangSeed)), "file", "nanchang-2022-big-data-fund.txt");

        var read = await filer.PostAsync("/api/declarations/read", form).OkAsync();

        Assert.Contains("大数据发展专项资金", (string?)read["declaration"]!["projectName"]);
        Assert.Equal(13857.29m, (decimal)read["declaration"]!["budget"]!["total"]!);
        var missing = read["findings"]!.AsArray().Where(f => (string?)f!["code"] == "MISSING_VALUE").ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, f => Assert.NotNull(f!["line"]));   // the line of the uploaded file
        Assert.Equal(before, (await filer.GetAsync("/api/declarations").OkAsync()).AsArray().Count);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Read_NotAForm_Returns400AndNoFileReturns400(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        using var text = new MultipartFormDataContent();
        text.Add(new ByteArrayContent("会议纪要\n今天讨论了三件事。\n"u8.ToArray()), "file", "notes.txt");

        var problem = await filer.PostAsync("/api/declarations/read", text).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("notes.txt", (string?)problem["detail"]);
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        await filer.PostAsync("/api/declarations/read", empty).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostAsync("/api/declarations/read", new MultipartFormDataContent())).StatusCode);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Create_MalformedDeclaration_Returns400(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");

        await filer.PostAsync("/api/declarations", new StringContent("[1, 2]", System.Text.Encoding.UTF8, "application/json")).ProblemAsync(HttpStatusCode.BadRequest);
        await filer.PostAsync("/api/declarations", new StringContent("{\"year\": ", System.Text.Encoding.UTF8, "application/json")).ProblemAsync(HttpStatusCode.BadRequest);
        // what the framework itself refuses is said in Chinese too, naming the place, never a C# type
        var id = await filer.CreateAsync();
        var wrongType = await filer.PutAsync($"/api/declarations/{id}",
            new StringContent("{\"version\": \"二\", \"declaration\": {}}", System.Text.Encoding.UTF8, "application/json")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请求的 JSON 有误（位置 $.version），请检查该处的值和类型。", (string?)wrongType["detail"]);
        var wrongQuery = await filer.GetAsync("/api/declarations?year=今年").ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("地址中的参数无效，请检查其格式（如年度应为数字）。", (string?)wrongQuery["detail"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Create_ByReviewer_Returns403(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var reviewer = await api.SignInAsync("dept1");

        await reviewer.PostAsJsonAsync("/api/declarations", TestDeclarations.Valid()).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Put_LatestVersion_SavesANewVersionAndReturnsFindings(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAsync();
        var changed = TestDeclarations.Valid();
        changed["projectName"] = "改名后的项目";

        var saved = await filer.SaveAsync(id, 1, changed).OkAsync();

        Assert.Equal(2, (int)saved["version"]!);
        Assert.IsType<JsonArray>(saved["findings"]);
        var details = await filer.GetAsync(id);
        Assert.Equal("改名后的项目", (string?)details["declaration"]!["projectName"]);
        Assert.Equal(2, (int)details["version"]!);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Put_StaleVersion_Returns409AndKeepsTheNewerSave(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAsync();
        var first = TestDeclarations.Valid();
        first["projectName"] = "第一次保存";
        await filer.SaveAsync(id, 1, first).OkAsync();
        var stale = TestDeclarations.Valid();
        stale["projectName"] = "基于旧版本的保存";

        var problem = await filer.SaveAsync(id, 1, stale).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("第 2 版", (string?)problem["detail"]);
        Assert.Equal("第一次保存", (string?)(await filer.GetAsync(id))["declaration"]!["projectName"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Put_TwoSavesOfTheSameVersionAtOnce_ExactlyOneSucceeds(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var otherTab = await api.SignInAsync("filer1");
        var id = await filer.CreateAsync();

        var responses = await Task.WhenAll(filer.SaveAsync(id, 1, TestDeclarations.Valid()), otherTab.SaveAsync(id, 1, TestDeclarations.Valid()));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Equal(2, (int)(await filer.GetAsync(id))["version"]!);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Put_InReview_Returns409(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAndSubmitAsync();

        var problem = await filer.SaveAsync(id, 1, TestDeclarations.Valid()).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("审核中", (string?)problem["detail"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Put_ByDepartmentReviewer_Returns403(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await (await api.SignInAsync("filer1")).CreateAsync();
        var reviewer = await api.SignInAsync("dept1");

        await reviewer.SaveAsync(id, 1, TestDeclarations.Valid()).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Submit_WithErrorFindings_Returns422WithFindingsAndStaysDraft(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var declaration = TestDeclarations.Valid();
        declaration["indicators"]![0]!["target"] = new JsonObject { ["text"] = "" };
        var id = await filer.CreateAsync(declaration);

        var problem = await filer.SubmitAsync(id).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var finding = Assert.Single(problem["findings"]!.AsArray(), f => (string?)f!["severity"] == "error")!;
        Assert.Equal("MISSING_VALUE", (string?)finding["code"]);
        Assert.StartsWith("indicators[0]", (string?)finding["location"]);
        Assert.Equal("draft", (string?)(await filer.GetAsync(id))["status"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Submit_Twice_Returns409(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAndSubmitAsync();

        await filer.SubmitAsync(id).ProblemAsync(HttpStatusCode.Conflict);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Withdraw_BeforeFirstReviewer_IsDraftAgain(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAndSubmitAsync();

        var withdrawn = await filer.PostAsync($"/api/declarations/{id}/withdraw", null).OkAsync();

        Assert.Equal("draft", (string?)withdrawn["status"]);
        Assert.Empty((await (await api.SignInAsync("dept1")).GetAsync("/api/reviews/queue").OkAsync()).AsArray());
        await filer.SaveAsync(id, 1, TestDeclarations.Valid()).OkAsync();
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Withdraw_AfterFirstReviewer_Returns409(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAndSubmitAsync();
        await (await api.SignInAsync("dept1")).ReviewAsync(id, "approve").OkAsync();

        var problem = await filer.PostAsync($"/api/declarations/{id}/withdraw", null).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("不能撤回", (string?)problem["detail"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task UnknownRoute_Returns404Problem(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");

        await filer.GetAsync("/api/nothing-here").ProblemAsync(HttpStatusCode.NotFound);
        await filer.GetAsync($"/api/declarations/{Guid.NewGuid()}").ProblemAsync(HttpStatusCode.NotFound);
    }
}
