namespace Jixiao.Web.BrowserTests.Pages;

/// 打印: the official layout, printable on A4.
public sealed class PrintPage(IPage page)
{
    public async Task OpenAsync(Guid id) => await page.GotoAsync($"/declarations/{id}/print");

    public ILocator Title => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator BasicInformation => page.GetByRole(AriaRole.Table, new() { Name = "项目基本情况" });

    public ILocator Indicators => page.GetByRole(AriaRole.Table, new() { Name = "项目绩效目标" });

    /// The review box with this printed label (主管部门审核意见 …).
    public ILocator ReviewBox(string label) => page.GetByRole(AriaRole.Table, new() { Name = "审核意见" }).GetByRole(AriaRole.Row)
        .Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = label, Exact = true }) });

    /// The page as Chromium prints it, honouring the page's CSS page size.
    public async Task<byte[]> PrintToPdfAsync() => await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
}
