using Jixiao.Web.BrowserTests.Infrastructure;

namespace Jixiao.Web.BrowserTests.Pages;

/// 申报列表: filters, search, sorting and pages, all on the server.
public sealed class DeclarationListPage(IPage page)
{
    public async Task OpenAsync(string query = "") => await page.GotoAsync("/declarations" + query);

    private ILocator Filters => page.GetByRole(AriaRole.Search, new() { Name = "筛选申报表" });

    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "申报表" });

    /// The project-name cells of the rows shown, in order.
    public ILocator ProjectNames => Table.Locator("tbody tr > td:first-child");

    /// 共 N 份申报表，第 p / n 页
    public ILocator Summary => page.GetByRole(AriaRole.Heading, new() { Level = 2 }).Filter(new() { HasText = "份申报表" });

    public ILocator Pager => page.GetByRole(AriaRole.Navigation, new() { Name = "分页" });

    public async Task SearchAsync(string projectName)
    {
        await Filters.GetByLabel("项目名称").FillAsync(projectName);
        await ApplyAsync();
    }

    public async Task FilterAsync(string? status = null, string? projectType = null, int? year = null, string? department = null, int? pageSize = null)
    {
        if (status is not null) await Filters.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = status });
        if (projectType is not null) await Filters.GetByLabel("项目类型").SelectOptionAsync(new SelectOptionValue { Label = projectType });
        if (year is not null) await Filters.GetByLabel("年度").FillAsync(year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (department is not null) await Filters.GetByLabel("部门").FillAsync(department);
        if (pageSize is not null) await Filters.GetByLabel("每页条数").SelectOptionAsync(new SelectOptionValue { Label = pageSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await ApplyAsync();
    }

    /// Submits the filters (a GET form: a new page load) and waits for the new list.
    public async Task ApplyAsync() => await page.RunAndWaitForNewContentAsync(() => Filters.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync());

    public async Task ClearAsync() => await page.RunAndWaitForNewContentAsync(() => Filters.GetByRole(AriaRole.Link, new() { Name = "清除条件" }).ClickAsync());

    /// Clicks a column header: the first click sorts ascending, the next descending.
    public async Task SortByAsync(string column) =>
        await page.RunAndWaitForNewContentAsync(() => Table.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = column }).GetByRole(AriaRole.Link).ClickAsync());

    public ILocator ColumnHeader(string column) => Table.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = column });

    public async Task NextPageAsync() => await page.RunAndWaitForNewContentAsync(() => Pager.GetByRole(AriaRole.Link, new() { Name = "下一页" }).ClickAsync());

    public async Task GoToPageAsync(int number) => await page.RunAndWaitForNewContentAsync(() => Pager.GetByRole(AriaRole.Link, new() { Name = $"第 {number} 页" }).ClickAsync());

    public async Task OpenDeclarationAsync(string projectName) =>
        await Table.GetByRole(AriaRole.Link, new() { Name = projectName, Exact = true }).ClickAsync();
}
