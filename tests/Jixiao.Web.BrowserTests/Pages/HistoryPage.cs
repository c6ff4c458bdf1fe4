using Jixiao.Web.BrowserTests.Infrastructure;

namespace Jixiao.Web.BrowserTests.Pages;

/// 历史版本: versions, review records, and the differences between two versions side by side.
public sealed class HistoryPage(IPage page)
{
    public async Task OpenAsync(Guid id) => await page.GotoAsync($"/declarations/{id}/history");

    public ILocator Versions => page.GetByRole(AriaRole.Table, new() { Name = "版本列表" }).Locator("tbody").GetByRole(AriaRole.Row);

    public ILocator Differences => page.GetByRole(AriaRole.Table, new() { Name = "版本差异" });

    /// The row of the differences about <paramref name="field"/> (as the page names it: 项目名称, 第1条指标「…」 指标值).
    public ILocator Difference(string field) => Differences.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = field }) });

    public ILocator ReviewRound(int round) => page.GetByRole(AriaRole.Table, new() { Name = $"第 {round} 次提交的审核记录" });

    public async Task CompareAsync(int older, int newer)
    {
        await page.GetByLabel($"第 {older} 版作为旧版本").CheckAsync();
        await page.GetByLabel($"第 {newer} 版作为新版本").CheckAsync();
        await page.RunAndWaitForNewContentAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "比较所选版本" }).ClickAsync());
    }
}
