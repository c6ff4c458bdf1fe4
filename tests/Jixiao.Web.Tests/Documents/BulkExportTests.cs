using System.IO.Compression;
using System.Net;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Review;
using Jixiao.Interchange;
using Jixiao.Interchange.Excel.Summary;
using Jixiao.Testing.Databases;
using Jixiao.Testing.Documents;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Documents;

/// GET /api/exports: a zip of every visible declaration plus the summary workbook 汇总表.xlsx.
public class BulkExportTests
{
    private static async Task<(HttpResponseMessage Response, Dictionary<string, byte[]> Entries)> DownloadAsync(HttpClient client, string url, string? keepAs = null)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (keepAs is not null) ExportedFiles.Keep(bytes, keepAs);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add(entry.FullName, copy.ToArray());
        }
        return (response, entries);
    }

    private static List<Dictionary<string, Workbooks.CellValue>> Sheet(byte[] summary, string name) => Workbooks.Read(summary)[name];

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Bulk_Pdf_ZipsEveryVisibleDeclarationWithTheSummaryWorkbook(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var demoId = await ExportTests.DemoIdAsync(filer);
        var secondId = await filer.CreateAndSubmitAsync();
        var demo = await ExportTests.StoredAsync(filer, demoId);
        var demoFindings = (await filer.GetAsync(demoId))["findings"]!.AsArray();

        var (response, entries) = await DownloadAsync(filer, "/api/exports?year=2022&format=pdf", $"web-bulk-{provider}.zip");

        Assert.Equal("申报表导出-2022年.zip", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("declarations-2022.zip", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        // ordered by department, then project name
        Assert.Equal(["001-2022年市大数据发展专项资金-申报表.pdf", "002-2022年政务数据共享平台建设-申报表.pdf", "汇总表.xlsx"], entries.Keys.Order(StringComparer.Ordinal));
        Assert.All(entries.Where(e => e.Key.EndsWith(".pdf", StringComparison.Ordinal)), e => Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(e.Value, 0, 5)));
        var demoPdf = ExportedFiles.PdfText(ExportedFiles.Keep(entries["001-2022年市大数据发展专项资金-申报表.pdf"], $"web-bulk-demo-{provider}.pdf"));
        Assert.Contains(ExportedFiles.Squeeze(demo.Indicators[0].Name), demoPdf, StringComparison.Ordinal);

        var summary = entries["汇总表.xlsx"];
        ExportedFiles.Keep(summary, $"web-bulk-汇总表-{provider}.xlsx");
        var rows = Sheet(summary, SummaryWorkbook.DeclarationSheet);
        Assert.Equal(SummaryWorkbook.DeclarationHeader, rows[0].Values.Select(c => c.Text!));
        Assert.Equal(3, rows.Count);
        var first = rows[1];
        Assert.Equal((1m, demo.ProjectName, "南昌市政务服务数据管理局", 2022m, "草稿"), (first["A"].Number, first["B"].Text, first["C"].Text, first["D"].Number, first["E"].Text));
        Assert.False(first.ContainsKey("F") && first["F"].Text is not null);   // a draft waits at no stage
        Assert.Equal((13857.29m, 10000.00m, 3857.29m), (first["H"].Number, first["I"].Number, first["J"].Number));
        Assert.All(new[] { "H", "I", "J" }, c => Assert.Equal("2", first[c].Format));   // built-in 0.00
        Assert.Equal(demo.Indicators.Count(i => i.Level1 == "产出指标"), (int)first["K"].Number!);
        Assert.Equal(demo.Indicators.Count(i => i.Level1 == "效益指标"), (int)first["L"].Number!);
        Assert.Equal(demo.Indicators.Count(i => i.Level1 == "满意度指标"), (int)first["M"].Number!);
        Assert.Equal((0m, 0m, 91m), (first["N"].Number, first["O"].Number, first["P"].Number));
        Assert.Equal(demoFindings.Count(f => (string)f!["severity"]! == "error"), (int)first["Q"].Number!);
        Assert.Equal(DeclarationChecker.Run(demo).Count(f => f.Severity == Severity.Warning), (int)first["R"].Number!);
        Assert.Equal(2, (int)first["Q"].Number!);    // the sample form's two MISSING_VALUE
        Assert.Equal(("001-2022年市大数据发展专项资金-申报表.pdf", demoId.ToString()), (first["S"].Text, first["T"].Text));
        var second = rows[2];
        Assert.Equal(("审核中", "主管部门", 100m, 0m), (second["E"].Text, second["F"].Text, second["H"].Number, second["Q"].Number));
        Assert.DoesNotContain(rows.SelectMany(r => r.Values), c => c.IsFormula);

        var indicators = Sheet(summary, SummaryWorkbook.IndicatorSheet);
        Assert.Equal(SummaryWorkbook.IndicatorHeader, indicators[0].Values.Select(c => c.Text!));
        Assert.Equal(1 + 91 + 6, indicators.Count);
        Assert.Equal(demo.Indicators.Select(i => i.Name), indicators.Skip(1).Take(91).Select(r => r["E"].Text));
        var platform = indicators.Single(r => r["E"].Text == "建成数据共享平台");
        Assert.Equal((2m, "2022年政务数据共享平台建设", "产出指标", "数量指标", "=1个", "定量"),
            (platform["A"].Number, platform["B"].Text, platform["C"].Text, platform["D"].Text, platform["F"].Text, platform["G"].Text));
        Assert.Equal("时间段", SummaryWorkbook.KindLabel(Domain.Indicators.TargetKind.Period));
        Assert.Equal("完成时限", indicators.Single(r => r["E"].Text == "平台上线时间")["G"].Text);
        _ = secondId;
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Bulk_Xlsx_EntriesReadBackAsTheStoredDeclarationsAndNamesAreUniqueAndSafe(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var twins = new[] { await filer.CreateAsync(), await filer.CreateAsync() };
        var hostile = TestDeclarations.Valid();
        hostile["projectName"] = "../../etc/passwd 项目\\..\\x:*?";
        var hostileId = await filer.CreateAsync(hostile);

        var (_, entries) = await DownloadAsync(filer, "/api/exports", $"web-bulk-xlsx-{provider}.zip");

        Assert.Equal(5, entries.Count);
        Assert.All(entries.Keys, name =>
        {
            Assert.DoesNotContain('/', name);
            Assert.DoesNotContain('\\', name);
            Assert.DoesNotContain("..", name, StringComparison.Ordinal);
            Assert.False(Path.IsPathRooted(name));
            Assert.Equal(name, Path.GetFileName(name));
        });
        Assert.Single(entries.Keys, k => k.EndsWith("-etc_passwd项目_._x___-申报表.xlsx", StringComparison.Ordinal));
        var twinEntries = entries.Keys.Where(k => k.EndsWith("-2022年政务数据共享平台建设-申报表.xlsx", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, twinEntries.Count);

        var summary = Sheet(entries["汇总表.xlsx"], SummaryWorkbook.DeclarationSheet).Skip(1).ToList();
        foreach (var row in summary)
        {
            var stored = await ExportTests.StoredAsync(filer, Guid.Parse(row["T"].Text!));
            var read = FormFile.Read(entries[row["S"].Text!], row["S"].Text!).Declaration;
            // a declaration made from JSON has no review boxes or notes; the official form prints its own
            if (stored.Reviews.Count == 0) stored = stored with { Reviews = ReviewBox.NanchangBoxes(), Notes = read.Notes };
            Assert.Equal(stored, read);
        }
        Assert.Equal(4, summary.Count);
        Assert.Subset(summary.Select(r => Guid.Parse(r["T"].Text!)).ToHashSet(), new HashSet<Guid>([.. twins, hostileId]));
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Bulk_OtherUnit_ZipHoldsOnlyItsOwnDeclarations(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer1 = await api.SignInAsync("filer1");
        var filer2 = await api.SignInAsync("filer2");
        var education = TestDeclarations.Valid();
        education["projectName"] = "2022年智慧校园建设";
        education["department"] = "南昌市教育局";
        var educationId = await filer2.CreateAsync(education);

        var (_, entries2) = await DownloadAsync(filer2, "/api/exports?format=xlsx", $"web-bulk-filer2-{provider}.zip");
        var (_, entries1) = await DownloadAsync(filer1, "/api/exports?format=xlsx");

        Assert.Equal(["001-2022年智慧校园建设-申报表.xlsx", "汇总表.xlsx"], entries2.Keys.Order(StringComparer.Ordinal));
        var summary2 = Sheet(entries2["汇总表.xlsx"], SummaryWorkbook.DeclarationSheet);
        Assert.Equal(2, summary2.Count);
        Assert.Equal((educationId.ToString(), "南昌市教育局"), (summary2[1]["T"].Text, summary2[1]["C"].Text));
        Assert.DoesNotContain(Workbooks.Texts(entries2["汇总表.xlsx"]), t => t.Contains("大数据", StringComparison.Ordinal));
        Assert.DoesNotContain(entries1.Keys, k => k.Contains("智慧校园", StringComparison.Ordinal));

        // filters: a department by name (or id) and a year; nothing matching still gives the summary's header
        var (_, byName) = await DownloadAsync(filer1, "/api/exports?department=南昌市政务服务数据管理局");
        Assert.Equal(2, byName.Count);
        var departmentId = (string)(await filer1.GetAsync("/api/me").OkAsync())["organisationId"]!;
        var (_, byId) = await DownloadAsync(filer1, $"/api/exports?department={departmentId}");
        Assert.Equal(byName.Keys.Order(), byId.Keys.Order());
        var (_, byPartOfName) = await DownloadAsync(filer1, "/api/exports?department=数据管理");   // as the list's 部门 filter
        Assert.Equal(byName.Keys.Order(), byPartOfName.Keys.Order());
        var (_, otherDepartment) = await DownloadAsync(filer1, "/api/exports?department=南昌市教育局");
        Assert.Equal(["汇总表.xlsx"], otherDepartment.Keys);
        Assert.Single(Sheet(otherDepartment["汇总表.xlsx"], SummaryWorkbook.DeclarationSheet));
        var (_, otherYear) = await DownloadAsync(filer1, "/api/exports?year=2021");
        Assert.Equal(["汇总表.xlsx"], otherYear.Keys);
        await api.Anonymous().GetAsync("/api/exports").ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Bulk_OneStoredVersionDamaged_ExportsTheOthersAndNamesTheDamagedOneInANote(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");
        var damaged = TestDeclarations.Valid();
        damaged["projectName"] = "2022年损坏的项目";
        var damagedId = await filer.CreateAsync(damaged);
        Assert.Equal(1, await api.Database.ExecuteAsync("""
            UPDATE "DeclarationVersions" SET "Content" = '{"projectName": "2022年损坏'
            WHERE "DeclarationId" IN (SELECT "Id" FROM "Declarations" WHERE "ProjectName" = '2022年损坏的项目')
            """));

        var (_, entries) = await DownloadAsync(filer, "/api/exports?format=xlsx", $"web-bulk-damaged-{provider}.zip");

        Assert.Equal(["001-2022年市大数据发展专项资金-申报表.xlsx", "导出失败说明.txt", "汇总表.xlsx"], entries.Keys.Order(StringComparer.Ordinal));
        var note = System.Text.Encoding.UTF8.GetString(entries["导出失败说明.txt"]);
        Assert.Contains("以下 1 份申报表未能导出", note, StringComparison.Ordinal);
        Assert.Contains($"2022年损坏的项目（南昌市政务服务数据管理局，编号 {damagedId}）：保存的内容已损坏，无法读取。", note, StringComparison.Ordinal);
        var rows = Sheet(entries["汇总表.xlsx"], SummaryWorkbook.DeclarationSheet);
        Assert.Equal(2, rows.Count);   // the header and the demo declaration
    }
}
