using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests;

/// The "done when", as a script would drive it: the sample form imported, refused, fixed, submitted and
/// approved along its route; the same form typed ppp takes the debt-finance route.
public class DemoFlowTests
{
    private static async Task<Guid> ImportSampleAsync(HttpClient filer)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Samples.NanchangSeed)), "file", "nanchang-2022-big-data-fund.txt");
        var created = await (await filer.PostAsync("/api/declarations/import", form)).ReadAsync(HttpStatusCode.Created);
        return Guid.Parse((string)created["id"]!);
    }

    /// Fills the two targets the sample leaves empty, as the unit would after reading the findings.
    private static async Task<int> FixMissingValuesAsync(HttpClient filer, Guid id, JsonArray findings, params string[] projectTypes)
    {
        var details = await filer.GetAsync(id);
        var declaration = details["declaration"]!.AsObject();
        foreach (var finding in findings.Where(f => (string?)f!["code"] == "MISSING_VALUE"))
        {
            var location = (string)finding!["location"]!;
            var index = int.Parse(location["indicators[".Length..location.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            declaration["indicators"]![index]!["target"] = new JsonObject { ["text"] = "100%" };
        }
        if (projectTypes.Length > 0)
            declaration["projectTypes"] = new JsonArray([.. projectTypes.Select(t => (JsonNode)JsonValue.Create(t))]);
        var saved = await filer.SaveAsync(id, (int)details["version"]!, declaration).OkAsync();
        return (int)saved["version"]!;
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SampleForm_RefusedFixedSubmitted_ApprovedByDept1BizPerf_WhileFiler2SeesNothing(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await ImportSampleAsync(filer);

        var refused = await filer.SubmitAsync(id).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = refused["findings"]!.AsArray().Where(f => (string?)f!["severity"] == "error").ToList();
        Assert.Equal(["MISSING_VALUE", "MISSING_VALUE"], errors.Select(f => (string)f!["code"]!));

        await FixMissingValuesAsync(filer, id, refused["findings"]!.AsArray());
        var submitted = await filer.SubmitAsync(id).OkAsync();
        Assert.Equal(["competentDepartment", "financeBusiness", "performanceEvaluation"], submitted.Stages());
        await (await api.SignInAsync("dept1")).ReviewAsync(id, "approve").OkAsync();
        await (await api.SignInAsync("biz")).ReviewAsync(id, "approve").OkAsync();
        var approved = await (await api.SignInAsync("perf")).ReviewAsync(id, "approve", grade: "优").OkAsync();

        Assert.Equal("approved", (string?)approved["status"]);
        await (await api.SignInAsync("filer2")).GetAsync($"/api/declarations/{id}").ProblemAsync(HttpStatusCode.NotFound);
        Assert.True((bool)(await filer.GetAsync($"/api/declarations/{id}/seals/verify").OkAsync())["valid"]!);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task SampleForm_TypedPpp_GoesDept1BizDebt(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await ImportSampleAsync(filer);
        var refused = await filer.SubmitAsync(id).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await FixMissingValuesAsync(filer, id, refused["findings"]!.AsArray(), "ppp");

        var submitted = await filer.SubmitAsync(id).OkAsync();
        Assert.Equal(["competentDepartment", "financeBusiness", "debtFinance"], submitted.Stages());
        await (await api.SignInAsync("dept1")).ReviewAsync(id, "approve").OkAsync();
        await (await api.SignInAsync("biz")).ReviewAsync(id, "approve").OkAsync();
        await (await api.SignInAsync("perf")).ReviewAsync(id, "approve", grade: "优").ProblemAsync(HttpStatusCode.NotFound);
        var approved = await (await api.SignInAsync("debt")).ReviewAsync(id, "approve", grade: "良").OkAsync();

        Assert.Equal("approved", (string?)approved["status"]);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Demo_SampleIsAlreadyADraftOfTheDataBureau(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);

        var list = (await (await api.SignInAsync("filer1")).GetAsync("/api/declarations").OkAsync()).AsArray();

        var sample = Assert.Single(list)!;
        Assert.Equal("draft", (string?)sample["status"]);
        Assert.Equal("2022年市大数据发展专项资金", (string?)sample["projectName"]);
        Assert.Equal(2022, (int?)sample["year"]);
        Assert.Equal("南昌市政务服务数据管理局", (string?)sample["department"]);
        Assert.Empty((await (await api.SignInAsync("filer2")).GetAsync("/api/declarations").OkAsync()).AsArray());
    }
}
