using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Workbench;

public sealed class WorkbenchTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task Filer_SeesDeclarationsGroupedByWhatTheyNeed()
    {
        using (var filer = await ui.ApiAsync("filer2"))
        using (var dept2 = await ui.ApiAsync("dept2"))
        {
            await filer.CreateAsync(ApiDriver.Valid("工作台草稿"));
            await filer.CreateAndSubmitAsync(ApiDriver.Valid("工作台审核中"));
            await dept2.ReturnAsync(await filer.CreateAndSubmitAsync(ApiDriver.Valid("工作台退回")), "请补充时效指标。");
        }
        var workbench = new WorkbenchPage(await ui.SignedInPageAsync("filer2"));

        await workbench.OpenAsync();

        await Expect(workbench.Row("待填报和修改", "工作台草稿")).ToContainTextAsync("草稿");
        await Expect(workbench.Row("待填报和修改", "工作台退回")).ToContainTextAsync("退回修改");
        await Expect(workbench.Row("审核中", "工作台审核中")).ToContainTextAsync("主管部门");
        await Expect(workbench.StatusCount("退回修改")).ToContainTextAsync("1");
        await Expect(workbench.Row("待填报和修改", "工作台退回").GetByRole(AriaRole.Link, new() { Name = "填报：工作台退回" }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/declarations/[0-9a-f-]+/edit$"));
    }

    [Fact]
    public async Task Reviewer_SeesTheQueueAndTheirLatestDecisions()
    {
        Guid decided;
        using (var filer = await ui.ApiAsync("filer1"))
        {
            decided = await filer.CreateAndSubmitAsync(ApiDriver.Valid("工作台已审"));
            await filer.CreateAndSubmitAsync(ApiDriver.Valid("工作台待审"));
        }
        using (var dept1 = await ui.ApiAsync("dept1")) await dept1.ApproveAsync(decided, opinion: "同意。");
        var workbench = new WorkbenchPage(await ui.SignedInPageAsync("dept1"));

        await workbench.OpenAsync();

        await Expect(workbench.Row("待我审核", "工作台待审").GetByRole(AriaRole.Link, new() { Name = "审核：工作台待审" }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/review/[0-9a-f-]+$"));
        await Expect(workbench.Row("待我审核", "工作台已审")).ToHaveCountAsync(0);
        await Expect(workbench.Row("我最近的审核", "工作台已审")).ToContainTextAsync("通过");
        await Expect(workbench.Row("我最近的审核", "工作台已审")).ToContainTextAsync("审核中");
    }
}
