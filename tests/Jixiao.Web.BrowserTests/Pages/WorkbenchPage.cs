namespace Jixiao.Web.BrowserTests.Pages;

/// 工作台: a filer's declarations by status, a reviewer's queue and latest decisions.
public sealed class WorkbenchPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 });

    /// A titled group of the workbench (待填报和修改, 审核中, 已办结, 待我审核, 我最近的审核).
    public ILocator Group(string title) => page.GetByRole(AriaRole.Region, new() { Name = title });

    /// The rows of a group's table that name <paramref name="projectName"/>.
    public ILocator Row(string group, string projectName) => Group(group).GetByRole(AriaRole.Row).Filter(new() { HasText = projectName });

    /// The count shown for a status (草稿, 审核中 …).
    public ILocator StatusCount(string status) => page.GetByRole(AriaRole.List, new() { Name = "按状态统计" })
        .GetByRole(AriaRole.Link).Filter(new() { HasText = status });

    public async Task OpenDeclarationAsync(string group, string projectName) =>
        await Group(group).GetByRole(AriaRole.Link, new() { Name = projectName, Exact = true }).ClickAsync();
}
