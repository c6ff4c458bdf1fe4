using Jixiao.Domain.Declarations;
using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Declarations;

/// 申报列表: each test makes declarations with names of its own and searches for them, so the tests of the class
/// share one server without seeing each other's rows.
public sealed class DeclarationListTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task SearchAndPaging_TenPerPage_ShowsTheRestOnTheNextPage()
    {
        using (var filer = await ui.ApiAsync("filer2"))
            for (var i = 1; i <= 12; i++) await filer.CreateAsync(ApiDriver.Valid($"分页测试项目{i:00}"));
        var list = new DeclarationListPage(await ui.SignedInPageAsync("filer2"));
        await list.OpenAsync();

        await list.FilterAsync(pageSize: 10);
        await list.SearchAsync("分页测试");

        await Expect(list.Summary).ToHaveTextAsync("共 12 份申报表，第 1 / 2 页");
        await Expect(list.ProjectNames).ToHaveCountAsync(10);
        await list.NextPageAsync();
        await Expect(list.Summary).ToHaveTextAsync("共 12 份申报表，第 2 / 2 页");
        await Expect(list.ProjectNames).ToHaveTextAsync(["分页测试项目02", "分页测试项目01"]);   // newest change first
    }

    [Fact]
    public async Task SortByProjectName_SecondClick_ReversesTheOrder()
    {
        using (var filer = await ui.ApiAsync("filer2"))
            foreach (var name in new[] { "排序测试2", "排序测试3", "排序测试1" }) await filer.CreateAsync(ApiDriver.Valid(name));
        var list = new DeclarationListPage(await ui.SignedInPageAsync("filer2"));
        await list.OpenAsync();
        await list.SearchAsync("排序测试");

        await list.SortByAsync("项目名称");
        await Expect(list.ProjectNames).ToHaveTextAsync(["排序测试1", "排序测试2", "排序测试3"]);
        await Expect(list.ColumnHeader("项目名称")).ToHaveAttributeAsync("aria-sort", "ascending");
        await list.SortByAsync("项目名称");

        await Expect(list.ProjectNames).ToHaveTextAsync(["排序测试3", "排序测试2", "排序测试1"]);
        await Expect(list.ColumnHeader("项目名称")).ToHaveAttributeAsync("aria-sort", "descending");
    }

    [Fact]
    public async Task Filters_StatusTypeAndYear_KeepOnlyMatchingDeclarations()
    {
        using (var filer = await ui.ApiAsync("filer1"))
        {
            await filer.CreateAsync(ApiDriver.Valid("筛选测试草稿"));
            await filer.CreateAndSubmitAsync(ApiDriver.Valid("筛选测试PPP", 2022, ProjectType.Ppp));
            await filer.CreateAsync(ApiDriver.Valid("筛选测试2023年", 2023));
        }
        var list = new DeclarationListPage(await ui.SignedInPageAsync("filer1"));
        await list.OpenAsync();
        await list.SearchAsync("筛选测试");
        await Expect(list.ProjectNames).ToHaveCountAsync(3);

        await list.FilterAsync(status: "审核中");
        await Expect(list.ProjectNames).ToHaveTextAsync(["筛选测试PPP"]);
        await list.FilterAsync(status: "全部", projectType: "PPP项目");
        await Expect(list.ProjectNames).ToHaveTextAsync(["筛选测试PPP"]);
        await list.FilterAsync(projectType: "全部", year: 2023);
        await Expect(list.ProjectNames).ToHaveTextAsync(["筛选测试2023年"]);
        await list.ClearAsync();
        await Expect(list.Summary).Not.ToContainTextAsync("共 0 份");
    }

    [Fact]
    public async Task BusinessSection_FilterByDepartment_ShowsThatDepartmentsDeclarations()
    {
        using (var filer1 = await ui.ApiAsync("filer1"))
        using (var dept1 = await ui.ApiAsync("dept1"))
            await dept1.ApproveAsync(await filer1.CreateAndSubmitAsync(ApiDriver.Valid("部门筛选数据局项目")));
        using (var filer2 = await ui.ApiAsync("filer2"))
        using (var dept2 = await ui.ApiAsync("dept2"))
            await dept2.ApproveAsync(await filer2.CreateAndSubmitAsync(ApiDriver.Valid("部门筛选教育局项目")));
        var list = new DeclarationListPage(await ui.SignedInPageAsync("biz"));
        await list.OpenAsync();
        await list.SearchAsync("部门筛选");
        await Expect(list.ProjectNames).ToHaveCountAsync(2);

        await list.FilterAsync(department: "教育局");

        await Expect(list.ProjectNames).ToHaveTextAsync(["部门筛选教育局项目"]);
        await Expect(list.Table.GetByRole(AriaRole.Link, new() { Name = "审核：部门筛选教育局项目" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ProjectName_Clicked_OpensTheDeclarationsProgress()
    {
        using (var filer = await ui.ApiAsync("filer2"))
            await filer.CreateAsync(ApiDriver.Valid("打开测试项目"));
        var page = await ui.SignedInPageAsync("filer2");
        var list = new DeclarationListPage(page);
        await list.OpenAsync("?q=" + Uri.EscapeDataString("打开测试"));

        await list.OpenDeclarationAsync("打开测试项目");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("打开测试项目");
        await Expect(new ProgressPage(page).Stage("主管部门")).ToContainTextAsync("待审核");
    }
}
