using System.IO.Compression;
using Jixiao.Interchange;
using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Declarations;

/// The official documents behind the UI's buttons (issue 5): what the browser saves is read back, not only its name.
public sealed class DownloadTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task ProgressPage_ExportButtons_DownloadTheDeclarationAsWorkbookAndPdf()
    {
        Guid id;
        using (var filer = await ui.ApiAsync("filer1"))
            id = await filer.CreateAsync(ApiDriver.Valid("下载测试项目"));
        var page = await ui.SignedInPageAsync("filer1");
        await new ProgressPage(page).OpenAsync(id);
        var downloads = page.GetByRole(AriaRole.Group, new() { Name = "导出申报表" });

        var (xlsxName, xlsx) = await DownloadAsync(page, downloads.GetByRole(AriaRole.Link, new() { Name = "导出 Excel" }));
        var (pdfName, pdf) = await DownloadAsync(page, downloads.GetByRole(AriaRole.Link, new() { Name = "导出 PDF" }));

        Assert.EndsWith(".xlsx", xlsxName, StringComparison.Ordinal);
        Assert.Equal("下载测试项目", FormFile.Read(xlsx, xlsxName).Declaration.ProjectName);
        Assert.EndsWith(".pdf", pdfName, StringComparison.Ordinal);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
    }

    [Fact]
    public async Task Editor_ExportLink_SaysItGivesTheSavedVersion()
    {
        Guid id;
        using (var filer = await ui.ApiAsync("filer1"))
            id = await filer.CreateAsync(ApiDriver.Valid("下载测试草稿"));
        var page = await ui.SignedInPageAsync("filer1");
        await new FormEditor(page).OpenAsync(id);

        var link = page.GetByRole(AriaRole.Group, new() { Name = "导出申报表" }).GetByRole(AriaRole.Link, new() { Name = "导出 Excel" });

        await Expect(link).ToHaveAttributeAsync("title", "下载最近保存的版本（未保存的修改不包括在内）");
    }

    [Fact]
    public async Task ListPage_BulkExportAndTemplate_DownloadAZipWithSummaryAndABlankTemplate()
    {
        using (var filer = await ui.ApiAsync("filer2"))
            await filer.CreateAsync(ApiDriver.Valid("下载测试教育项目", 2031));
        var page = await ui.SignedInPageAsync("filer2");
        var list = new DeclarationListPage(page);
        await list.OpenAsync();
        await list.FilterAsync(year: 2031);
        var actions = page.GetByRole(AriaRole.Group, new() { Name = "下载" });

        var (zipName, zip) = await DownloadAsync(page, actions.GetByRole(AriaRole.Link, new() { Name = "批量导出 Excel" }));
        var (templateName, template) = await DownloadAsync(page, actions.GetByRole(AriaRole.Link, new() { Name = "下载空白模板" }));

        Assert.EndsWith(".zip", zipName, StringComparison.Ordinal);
        using var archive = new ZipArchive(new MemoryStream(zip));
        var entries = archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["001-下载测试教育项目-申报表.xlsx", "汇总表.xlsx"], entries);   // the year filter applied
        Assert.Equal("申报表模板.xlsx", templateName);
        Assert.Equal("PK"u8.ToArray(), template[..2]);
    }

    private static async Task<(string Name, byte[] Content)> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync() ?? throw new InvalidOperationException("The download was not saved.");
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
