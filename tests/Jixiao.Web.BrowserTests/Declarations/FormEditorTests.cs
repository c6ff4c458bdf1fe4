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

        await new AppShell(page).NavigationLink("申报列表").ClickAsync();
        await editor.LeaveDialog.GetByRole(AriaRole.Button, new() { Name = "保存并离开" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/declarations", StringComparison.Ordinal));
        var stored = await api.GetAsync(id);
        Assert.Equal(2, (int)stored["version"]!);
        Assert.Equal("赵六", (string?)stored["declaration"]!["contactPerson"]);
    }
}
