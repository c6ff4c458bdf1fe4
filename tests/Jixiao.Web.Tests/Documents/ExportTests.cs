using System.Net;
using System.Net.Http.Json;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Interchange;
using Jixiao.Interchange.Json;
using Jixiao.Testing.Databases;
using Jixiao.Testing.Documents;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Documents;

/// GET /api/declarations/{id}/export: the official .xlsx and PDF, read back; review boxes and seals after approvals.
public class ExportTests
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<Guid> DemoIdAsync(HttpClient filer1) =>
        Guid.Parse((string)(await filer1.GetAsync("/api/declarations").OkAsync()).AsArray().Single()!["id"]!);

    /// The latest version as the server stores it.
    public static async Task<Declaration> StoredAsync(HttpClient client, Guid id) =>
        DeclarationJson.Deserialize((await client.GetAsync(id))["declaration"]!.ToJsonString());

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url, string contentType, string? keepAs = null)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (keepAs is not null) ExportedFiles.Keep(bytes, keepAs);
        return bytes;
    }

    /// dept1 → biz → perf approve with opinions of their own; returns the declaration's id.
    private static async Task<Guid> ApprovedAsync(TestApi api)
    {
        var id = await (await api.SignInAsync("filer1")).CreateAndSubmitAsync();
        await (await api.SignInAsync("dept1")).ReviewAsync(id, "approve", opinion: "主管部门同意申报").OkAsync();
        await (await api.SignInAsync("biz")).ReviewAsync(id, "approve", opinion: "业务科审核同意").OkAsync();
        await (await api.SignInAsync("perf")).ReviewAsync(id, "approve", "优", opinion: "绩效目标明确合理").OkAsync();
        return id;
    }

    private static async Task<List<(string Stage, string Section, string Fingerprint)>> StepsAsync(HttpClient client, Guid id) =>
        [.. (await client.GetAsync($"/api/declarations/{id}/history").OkAsync())["steps"]!.AsArray()
            .Select(s => ((string)s!["stage"]!, (string)s["section"]!, (string)s["seal"]!["keyFingerprint"]!))];

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_DemoDeclarationAsXlsx_ReadsBackAsTheStoredDeclarationUnderItsChineseName(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await DemoIdAsync(filer);

        var response = await filer.GetAsync($"/api/declarations/{id}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("2022年市大数据发展专项资金-申报表.xlsx", disposition.FileNameStar);
        Assert.Matches(@"^declaration-2022-[0-9a-f]{8}\.xlsx$", disposition.FileName!.Trim('"'));
        Assert.Contains("filename*=UTF-8''2022%E5%B9%B4", string.Join(";", response.Content.Headers.GetValues("Content-Disposition")));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        ExportedFiles.Keep(bytes, $"web-export-demo-{provider}.xlsx");

        var read = FormFile.Read(bytes, disposition.FileNameStar!);

        Assert.Equal(await StoredAsync(filer, id), read.Declaration);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_DemoDeclarationAsPdf_HasTheProjectAndEveryIndicatorName(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await DemoIdAsync(filer);
        var stored = await StoredAsync(filer, id);

        var response = await filer.GetAsync($"/api/declarations/{id}/export?format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2022年市大数据发展专项资金-申报表.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        var pdf = ExportedFiles.Keep(await response.Content.ReadAsByteArrayAsync(), $"web-export-demo-{provider}.pdf");
        var text = ExportedFiles.PdfText(pdf);
        Assert.Contains(ExportedFiles.Squeeze(stored.ProjectName!), text, StringComparison.Ordinal);
        Assert.Equal(91, stored.Indicators.Count);
        var missing = stored.Indicators.Select(i => i.Name).Where(n => !text.Contains(ExportedFiles.Squeeze(n), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "not in the PDF: " + string.Join("、", missing));
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_AfterApprovals_ReviewBoxesAndVerifiedSealsAreInTheXlsx(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await ApprovedAsync(api);
        var filer = await api.SignInAsync("filer1");
        var steps = await StepsAsync(filer, id);

        var bytes = await DownloadAsync(filer, $"/api/declarations/{id}/export?format=xlsx", XlsxType, $"web-export-approved-{provider}.xlsx");

        var texts = Workbooks.Texts(bytes);
        foreach (var opinion in new[] { "主管部门同意申报", "业务科审核同意", "绩效目标明确合理（评级：优）" })
            Assert.Contains(opinion, texts);
        foreach (var reviewer in new[] { "数据管理局审核人", "业务科审核人", "绩效评价科审核人" })
            Assert.Contains(reviewer, texts);
        Assert.Equal(["competentDepartment", "financeBusiness", "performanceEvaluation"], steps.Select(s => s.Stage));
        foreach (var (_, section, fingerprint) in steps)
            Assert.Contains($"{section} · SM2 签名指纹 {fingerprint} · 已验证", texts);
        Assert.DoesNotContain(texts, t => t.Contains("未通过验证", StringComparison.Ordinal));

        // the boxes read back as boxes: opinion, reviewer and the date (China Standard Time) in the box of each stage
        var reviews = FormFile.Read(bytes, "approved.xlsx").Declaration.Reviews;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var competent = reviews.Single(r => r.Kind == ReviewBoxKind.CompetentDepartment);
        Assert.Equal(("主管部门同意申报", "数据管理局审核人"), (competent.Opinion, competent.Reviewer));
        Assert.True(competent.Date is { } d && Math.Abs(d.DayNumber - today.DayNumber) <= 1, $"date {competent.Date}");
        Assert.Equal("业务科审核同意", reviews.Single(r => r.Kind == ReviewBoxKind.FinanceBusiness).Opinion);
        Assert.Null(reviews.Single(r => r.Kind == ReviewBoxKind.CounterpartSection).Opinion);   // a general project has no 归口科室
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_AfterApprovals_SectionNamesAndVerifiedSealsAreInThePdf(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await ApprovedAsync(api);
        var filer = await api.SignInAsync("filer1");
        var steps = await StepsAsync(filer, id);

        var bytes = await DownloadAsync(filer, $"/api/declarations/{id}/export?format=pdf", "application/pdf");
        var text = ExportedFiles.PdfText(ExportedFiles.Keep(bytes, $"web-export-approved-{provider}.pdf"));

        foreach (var expected in new[] { "主管部门同意申报", "业务科审核同意", "绩效目标明确合理（评级：优）", "数据管理局审核人", "绩效评价科审核人" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        foreach (var (_, section, fingerprint) in steps)
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
            Assert.Contains("签名指纹：" + fingerprint.ToUpperInvariant(), text, StringComparison.Ordinal);
        }
        Assert.Equal(3, CountOf(text, "已验证"));
        Assert.DoesNotContain("未通过验证", text, StringComparison.Ordinal);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_StepEditedInTheDatabase_ItsSealShowsNotVerifiedInBothFiles(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await ApprovedAsync(api);
        Assert.Equal(1, await api.Database.ExecuteAsync("""UPDATE "ReviewSteps" SET "Opinion" = '不同意' WHERE "Stage" = 'FinanceBusiness'"""));
        var filer = await api.SignInAsync("filer1");

        var texts = Workbooks.Texts(await DownloadAsync(filer, $"/api/declarations/{id}/export", XlsxType, $"web-export-tampered-{provider}.xlsx"));
        var pdf = ExportedFiles.PdfText(ExportedFiles.Keep(await DownloadAsync(filer, $"/api/declarations/{id}/export?format=pdf", "application/pdf"), $"web-export-tampered-{provider}.pdf"));

        var seals = texts.Where(t => t.Contains("SM2 签名指纹", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, seals.Count);
        Assert.Single(seals, s => s.StartsWith("市财政局业务科", StringComparison.Ordinal) && s.EndsWith("未通过验证", StringComparison.Ordinal));
        Assert.Equal(2, seals.Count(s => s.EndsWith("已验证", StringComparison.Ordinal)));
        Assert.Contains("不同意", texts);
        Assert.Equal(1, CountOf(pdf, "未通过验证"));
        Assert.Equal(2, CountOf(pdf, "已验证"));
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_EarlierVersion_IsThatVersionUnderItsOwnName(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await filer.CreateAsync();
        var first = await StoredAsync(filer, id);
        var changed = TestDeclarations.Valid();
        changed["projectName"] = "2022年政务数据共享平台建设（修订）";
        await filer.SaveAsync(id, 1, changed).OkAsync();

        var response = await filer.GetAsync($"/api/declarations/{id}/export?version=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2022年政务数据共享平台建设-申报表-第1版.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var read = FormFile.Read(await response.Content.ReadAsByteArrayAsync(), "v1.xlsx").Declaration;
        // the official form prints its four (empty) review boxes and its notes, which this JSON-made version lacks
        Assert.Equal(first with { Reviews = ReviewBox.NanchangBoxes(), Notes = read.Notes }, read);
        Assert.Equal(3, read.Notes.Count);
        var latest = await filer.GetAsync($"/api/declarations/{id}/export");
        Assert.Equal("2022年政务数据共享平台建设（修订）-申报表.xlsx", latest.Content.Headers.ContentDisposition!.FileNameStar);
        await filer.GetAsync($"/api/declarations/{id}/export?version=3").ProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_OutsideTheCallersScope_IsNotFound(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var id = await DemoIdAsync(await api.SignInAsync("filer1"));

        foreach (var outsider in new[] { "filer2", "dept2", "biz", "perf", "admin" })
        {
            var client = await api.SignInAsync(outsider);
            await client.GetAsync($"/api/declarations/{id}/export").ProblemAsync(HttpStatusCode.NotFound);
            await client.GetAsync($"/api/declarations/{id}/export?format=pdf&version=1").ProblemAsync(HttpStatusCode.NotFound);
        }
        await (await api.SignInAsync("dept1")).GetAsync($"/api/declarations/{id}/export?format=pdf").OkAsyncBytes();
        await api.Anonymous().GetAsync($"/api/declarations/{id}/export").ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Export_UnknownFormat_IsBadRequestInChinese(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var id = await DemoIdAsync(filer);

        var problem = await filer.GetAsync($"/api/declarations/{id}/export?format=docx").ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("docx", (string)problem["detail"]!);
        Assert.Contains("xlsx", (string)problem["detail"]!);
        await filer.GetAsync("/api/exports?format=doc").ProblemAsync(HttpStatusCode.BadRequest);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Template_SignedIn_IsTheBlankFormWithDropDownLists(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var client = await api.SignInAsync("dept2");

        var response = await client.GetAsync("/api/templates/declaration.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("申报表模板.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var texts = Workbooks.Texts(bytes);
        Assert.Contains("项目名称", texts);
        Assert.Contains("一级指标", texts);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            Assert.NotEmpty(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>());
        var blank = FormFile.Read(bytes, "申报表模板.xlsx").Declaration;
        Assert.Null(blank.ProjectName);
        Assert.DoesNotContain(blank.Indicators, i => i.Name.Length > 0);
        await api.Anonymous().GetAsync("/api/templates/declaration.xlsx").ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
