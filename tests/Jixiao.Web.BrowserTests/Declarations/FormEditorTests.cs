using System.Text.Json.Nodes;
using Jixiao.Testing;
using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Declarations;

/// Issue 4, the form editor (填报): tests 1 and 5, undoing a suggestion, and the warning before leaving unsaved changes.
public sealed class FormEditorTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task ImportSample_FixMissingValuesApplySuggestionsAndSubmit_ShowsTheRoute()
    {
        var page = await ui.SignedInPageAsync("filer1");
        var create = new NewDeclarationPage(page);
        await create.OpenAsync();

        await create.ImportAsync(Samples.NanchangSeed);

        var editor = new FormEditor(page);
        await editor.WaitLoadedAsync();
        var missing = editor.Finding("没有指标值");
        await Expect(missing).ToHaveCountAsync(2);
        await Expect(missing.First).ToContainTextAsync("续建项目完成及时性");
        await Expect(missing.Last).ToContainTextAsync("改善工作服务环境");

        // a finding moves the focus to its cell; the value is understood as it is typed
        await missing.First.ClickAsync();
        await Expect(editor.Focused).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("的指标值$"));
        await editor.Focused.FillAsync("2022年12月31日前");
        await Expect(missing).ToHaveCountAsync(1);
        await Expect(page.Locator(".jx-reading").Filter(new() { HasText = "截止 2022-12-31" })).Not.ToHaveCountAsync(0);
        await missing.First.ClickAsync();
        // the focus moves after a round trip to the server (interactive rendering): wait for it as above
        await Expect(editor.Focused).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("的指标值$"));
        await editor.Focused.FillAsync("达标");
        await Expect(missing).ToHaveCountAsync(0);

        await editor.ApplyAllQuantitySuggestions.ClickAsync();
        await Expect(editor.ApplyAllQuantitySuggestions).ToHaveCountAsync(0);
        Assert.Equal("=1个", await editor.TargetOfAsync("南昌市疫情防控大数据管理平台建设"));
        Assert.Equal("≥1500个", await editor.TargetOfAsync("“赣政通”南昌分厅市县区、开发区各部门组织架构梳理"));
        Assert.Equal("=12个月", await editor.TargetOfAsync("“昌通码”平台运营管理"));
        await Expect(editor.RoutePreview).ToHaveTextAsync("主管部门 → 业务科 → 绩效评价科");

        await editor.SubmitAsync();

        await Expect(editor.SubmittedRoute).ToHaveTextAsync("主管部门 → 业务科 → 绩效评价科");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "已提交审核" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AppliedSuggestion_Undone_RestoresTheNameAndValueAsSaved()
    {
        using var api = await ui.ApiAsync("filer1");
        var id = await api.CreateAsync(Samples.NanchangDeclaration with { ProjectName = "撤销建议测试" });
        var page = await ui.SignedInPageAsync("filer1");
        var editor = new FormEditor(page);
        await editor.OpenAsync(id);
        var name = await editor.IndicatorName(3).InputValueAsync();
        Assert.Equal("南昌市疫情防控大数据管理平台建设1个", name);

        await editor.ApplySuggestion(3).ClickAsync();

        await Expect(editor.IndicatorName(3)).ToHaveValueAsync("南昌市疫情防控大数据管理平台建设");
        await Expect(editor.IndicatorTarget(3)).ToHaveValueAsync("=1个");
        await Expect(editor.Reading(3)).ToHaveTextAsync("= 1 个");
        await Expect(editor.SaveState).ToHaveTextAsync("有未保存的修改");

        await editor.UndoAsync();

        await Expect(editor.IndicatorName(3)).ToHaveValueAsync(name);
        await Expect(editor.IndicatorTarget(3)).ToHaveValueAsync("100%");
        await Expect(editor.SaveState).ToHaveTextAsync("已保存（第 1 版）");
        await Expect(editor.UndoButton).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task StaleEditInSecondTab_GetsTheConflictMessageAndLosesNothing()
    {
        using var api = await ui.ApiAsync("filer1");
        var id = await api.CreateAsync(ApiDriver.Valid("两个窗口同时编辑"));
        var first = await ui.SignedInPageAsync("filer1");
        var second = await first.Context.NewPageAsync();
        var firstEditor = new FormEditor(first);
        var secondEditor = new FormEditor(second);
        await firstEditor.OpenAsync(id);
        await secondEditor.OpenAsync(id);

        await firstEditor.Field("项目负责人").FillAsync("张三");
        await firstEditor.SaveAsync();
        await secondEditor.Field("联系人").FillAsync("李四");
        await secondEditor.SaveExpectingConflictAsync();

        await Expect(secondEditor.Conflict).ToContainTextAsync("有人已保存了更新的版本");
        await Expect(secondEditor.Conflict).ToContainTextAsync("您填写的内容没有丢失");
        await Expect(secondEditor.Conflict).ToContainTextAsync("李四");
        await Expect(secondEditor.Field("联系人")).ToHaveValueAsync("李四");
        await Expect(secondEditor.SaveState).ToHaveTextAsync("有未保存的修改");

        await secondEditor.ReapplyMyChangesAsync();

        await Expect(secondEditor.Field("项目负责人")).ToHaveValueAsync("张三");
        await Expect(secondEditor.Field("联系人")).ToHaveValueAsync("李四");
        await secondEditor.SaveAsync();
        var saved = await api.GetAsync(id);
        Assert.Equal(3, (int)saved["version"]!);
        Assert.Equal("张三", (string?)saved["declaration"]!["projectLead"]);
        Assert.Equal("李四", (string?)saved["declaration"]!["contactPerson"]);
    }

    [Fact]
    public async Task UnsavedChanges_LeavingWarnsFirst_StayKeepsThemAndLeavingDiscardsThem()
    {
        using var api = await ui.ApiAsync("filer1");
        var id = await api.CreateAsync(ApiDriver.Valid("离开前提醒"));
        var page = await ui.SignedInPageAsync("filer1");
        var editor = new FormEditor(page);
        await editor.OpenAsync(id);
        await editor.Field("联系人").ClickAsync();   // the browser prompts only on a page the user has interacted with
        await editor.Field("联系人").FillAsync("王五");
        await Expect(editor.SaveState).ToHaveTextAsync("有未保存的修改");

        // a reload or closing the tab: the browser's own prompt (beforeunload); dismissing it stays on the page
        var prompt = new TaskCompletionSource<string>();
        page.Dialog += (_, dialog) =>
        {
            prompt.TrySetResult(dialog.Type);
            _ = dialog.DismissAsync();
        };
        await page.EvaluateAsync("() => setTimeout(() => location.reload(), 0)");
        Assert.Equal("beforeunload", await prompt.Task.WaitAsync(TimeSpan.FromSeconds(15)));
        await Expect(editor.Field("联系人")).ToHaveValueAsync("王五");

        // a link in the app: the page's own question, in Chinese
        var shell = new AppShell(page);
        await shell.NavigationLink("工作台").ClickAsync();
        await Expect(editor.LeaveDialog).ToBeVisibleAsync();
        await Expect(editor.LeaveDialog.GetByRole(AriaRole.Button, new() { Name = "留在此页" })).ToBeFocusedAsync();
        await editor.LeaveDialog.GetByRole(AriaRole.Button, new() { Name = "留在此页" }).ClickAsync();
        await Expect(editor.LeaveDialog).ToBeHiddenAsync();
        Assert.EndsWith($"/declarations/{id}/edit", page.Url);
        await Expect(editor.Field("联系人")).ToHaveValueAsync("王五");

        await shell.NavigationLink("工作台").ClickAsync();
        await editor.LeaveDialog.GetByRole(AriaRole.Button, new() { Name = "不保存，离开" }).ClickAsync();

        await Expect(new WorkbenchPage(page).Heading).ToBeVisibleAsync();
        var stored = await api.GetAsync(id);
        Assert.Equal(1, (int)stored["version"]!);
        Assert.NotEqual("王五", (string?)stored["declaration"]!["contactPerson"]);
    }

    [Fact]
    public async Task UnsavedChanges_SaveAndLeave_SavesThenLeaves()
    {
        using var api = await ui.ApiAsync("filer1");
        var id = await api.CreateAsync(ApiDriver.Valid("保存并离开"));
        var page = await ui.SignedInPageAsync("filer1");
        var editor = new FormEditor(page);
        await editor.OpenAsync(id);
        await editor.Field("联系人").FillAsync("赵六");
        await Expect(editor.SaveState).ToHaveTextAsync("有未保存的修改");   // the guard holds links only from then on

        await new AppShell(page).NavigationLink("申报列表").ClickAsync();
        await editor.LeaveDialog.GetByRole(AriaRole.Button, new() { Name = "保存并离开" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/declarations$"));
        var stored = await api.GetAsync(id);
        Assert.Equal(2, (int)stored["version"]!);
        Assert.Equal("赵六", (string?)stored["declaration"]!["contactPerson"]);
    }

    [Fact]
    public async Task WrongFundSourceSum_ShowsOnTheCellItConcerns_AndProjectTypesChangeTheRouteShown()
    {
        using var api = await ui.ApiAsync("filer1");
        var id = await api.CreateAsync(ApiDriver.Valid("资金来源合计"));
        var page = await ui.SignedInPageAsync("filer1");
        var editor = new FormEditor(page);
        await editor.OpenAsync(id);
        await Expect(editor.RoutePreview).ToHaveTextAsync("主管部门 → 业务科 → 绩效评价科");

        await editor.Field("本级财政安排 · 本年度资金（万元）").FillAsync("9000");

        var parentCell = page.Locator("#f-fundSources-0-children-0-currentYear-notes");
        await Expect(parentCell).ToContainTextAsync("财政拨款");
        await Expect(parentCell).ToContainTextAsync("9000.00");
        await Expect(page.Locator("#f-fundSources-0-children-0-currentYear-sum")).ToHaveTextAsync("分项合计 9000.00");
        await Expect(editor.Field("财政拨款 · 本年度资金（万元）")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#f-fundSources-0-children-0-children-1-currentYear-notes")).ToHaveCountAsync(0);

        await page.GetByLabel("PPP项目", new() { Exact = true }).CheckAsync();
        await Expect(editor.RoutePreview).ToHaveTextAsync("主管部门 → 业务科 → 债务金融科");
    }

    [Fact]
    public async Task IndicatorTree_AddTypeMoveRecategoriseRemoveAndUndo()
    {
        using var api = await ui.ApiAsync("filer1");
        var id = await api.CreateAsync(ApiDriver.Valid("指标增删排序"));
        var page = await ui.SignedInPageAsync("filer1");
        var editor = new FormEditor(page);
        await editor.OpenAsync(id);
        const string name = "各部门组织架构梳理";

        await page.GetByRole(AriaRole.Button, new() { Name = "在「产出指标 · 数量指标」下新增指标" }).ClickAsync();
        await Expect(editor.Focused).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^第 \\d+ 条指标的三级指标$"));
        var number = int.Parse(System.Text.RegularExpressions.Regex.Match((await editor.Focused.GetAttributeAsync("aria-label"))!, "\\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        await editor.Focused.FillAsync(name);
        await editor.IndicatorTarget(number).FillAsync("3,5.6个");
        await Expect(editor.Reading(number)).ToContainTextAsync("无法识别");
        await editor.IndicatorTarget(number).FillAsync("≥1500个");
        await Expect(editor.Reading(number)).ToHaveTextAsync("≥ 1 500 个");

        await page.GetByRole(AriaRole.Button, new() { Name = $"上移第 {number} 条指标", Exact = true }).ClickAsync();
        await Expect(editor.IndicatorName(number - 1)).ToHaveValueAsync(name);
        await Expect(editor.Focused).ToHaveAttributeAsync("aria-label", $"上移第 {number - 1} 条指标");

        await page.GetByLabel($"第 {number - 1} 条指标的一级 / 二级指标").SelectOptionAsync(new SelectOptionValue { Value = "产出指标|时效指标" });
        await Expect(page.Locator(".jx-announce")).ToContainTextAsync("指标已移到「产出指标 / 时效指标」");
        var moved = await RowNumberAsync(page, name);
        Assert.True(moved > number - 1, "a row given another level 2 moves to that group");
        await Expect(editor.IndicatorTarget(moved)).ToHaveValueAsync("≥1500个");

        await page.GetByRole(AriaRole.Button, new() { Name = $"删除第 {moved} 条指标", Exact = true }).ClickAsync();
        await Expect(editor.UndoButton).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^撤销：删除第 {moved} 条指标"));
        Assert.Equal(0, await RowNumberAsync(page, name));
        await editor.UndoAsync();
        await Expect(editor.IndicatorTarget(moved)).ToHaveValueAsync("≥1500个");
        await Expect(editor.IndicatorName(moved)).ToHaveValueAsync(name);
    }

    [Fact]
    public async Task BlankForm_SubmittedWithErrors_IsRefusedAndTheFindingsShowTheErrors()
    {
        var page = await ui.SignedInPageAsync("filer1");
        var create = new NewDeclarationPage(page);
        await create.OpenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "新建空白申报表" }).ClickAsync();

        var editor = new FormEditor(page);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/declarations/[0-9a-f-]{36}/edit$"));
        await editor.WaitLoadedAsync();
        await Expect(editor.Field("编报部门")).ToHaveValueAsync("南昌市政务服务数据管理局");
        await Expect(editor.Finding("未填写「项目名称」")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "提交审核" });
        await Expect(dialog).ToContainTextAsync(new System.Text.RegularExpressions.Regex("还有 \\d+ 个错误，有错误时不能提交"));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();

        var refused = page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "未能提交" }) });
        await Expect(refused).ToContainTextAsync(new System.Text.RegularExpressions.Regex("还有 \\d+ 个错误，有错误时不能提交"));
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^错误（") })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(editor.Findings.Locator(".jx-tag-warning")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task FileOverCurrentDeclaration_ReplacesItsContent_AndUndoRestoresIt()
    {
        using var api = await ui.ApiAsync("filer1");
        var id = await api.CreateAsync(ApiDriver.Valid("用文件覆盖"));
        var page = await ui.SignedInPageAsync("filer1");
        var editor = new FormEditor(page);
        await editor.OpenAsync(id);

        await editor.ImportOverAsync(Samples.NanchangSeed);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "已读取文件「nanchang-2022-big-data-fund.txt」" })).ToBeVisibleAsync();
        await Expect(editor.Field("项目名称")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("大数据发展专项资金"));
        await Expect(editor.Finding("没有指标值")).ToHaveCountAsync(2);
        await Expect(editor.SaveState).ToHaveTextAsync("有未保存的修改");

        await editor.UndoAsync();

        await Expect(editor.Field("项目名称")).ToHaveValueAsync("用文件覆盖");
        await Expect(editor.Finding("没有指标值")).ToHaveCountAsync(0);
        await Expect(editor.SaveState).ToHaveTextAsync("已保存（第 1 版）");
    }

    /// The number (1-based) of the indicator row named <paramref name="name"/>; 0 when there is none.
    private static async Task<int> RowNumberAsync(IPage page, string name) => 1 + await page.EvaluateAsync<int>("""
        name => [...document.querySelectorAll('textarea[aria-label$="的三级指标"]')].findIndex(t => t.value === name)
        """, name);
}
