using System.Text.RegularExpressions;
using Jixiao.Web.BrowserTests.Infrastructure;

namespace Jixiao.Web.BrowserTests.Pages;

/// 填报: the form editor of one declaration. Interactive; the form shows once the circuit has loaded it.
public sealed partial class FormEditor(IPage page)
{
    public async Task OpenAsync(Guid id)
    {
        await page.GotoAsync($"/declarations/{id}/edit");
        await WaitLoadedAsync();
    }

    /// After navigating here some other way (an import, a link): the circuit is up, the form is on the page, and the
    /// guard against leaving unsaved changes and the keyboard shortcuts are in place.
    public async Task WaitLoadedAsync()
    {
        await page.WaitForInteractiveAsync();
        await Expect(SaveButton).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-leave-guard", "on");
    }

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true });

    /// 有未保存的修改, or 已保存（第 N 版）.
    public ILocator SaveState => page.Locator(".jx-save-state");

    /// A field of the header, basic information or budget, by its label (项目负责人, 联系人 …).
    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    public ILocator IndicatorName(int number) => page.GetByLabel($"第 {number} 条指标的三级指标", new() { Exact = true });

    public ILocator IndicatorTarget(int number) => page.GetByLabel($"第 {number} 条指标的指标值", new() { Exact = true });

    /// How the target of indicator <paramref name="number"/> was understood (≥ 1 500 个, 截止 2022-12-31 …).
    public ILocator Reading(int number) => page.Locator($"#f-indicators-{number - 1}-target-reading");

    /// The notes (findings and reviewers' comments) under an indicator's name.
    public ILocator IndicatorNotes(int number) => page.Locator($"#f-indicators-{number - 1}-name-notes");

    /// The element that has the keyboard focus.
    public ILocator Focused => page.Locator(":focus");

    // ── Findings panel ──

    public ILocator Findings => page.GetByRole(AriaRole.List, new() { Name = "检查结果列表" });

    /// The findings whose text matches, each a button that moves to its field.
    public ILocator Finding(string text) => Findings.GetByRole(AriaRole.Button).Filter(new() { HasText = text });

    public ILocator ApplyAllQuantitySuggestions => page.GetByRole(AriaRole.Button, new() { NameRegex = ApplyAllName() });

    /// The 应用建议 button of the findings about one indicator row.
    public ILocator ApplySuggestion(int number) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^应用建议：第 {number} 条指标") });

    public ILocator UndoButton => page.GetByRole(AriaRole.Button, new() { NameRegex = UndoName() });

    public async Task UndoAsync() => await UndoButton.ClickAsync();

    // ── Saving, submitting, conflicts, leaving ──

    public async Task SaveAsync()
    {
        await SaveButton.ClickAsync();
        await Expect(SaveState).ToHaveTextAsync(SavedState());
    }

    /// Saves and expects the server to refuse it (someone saved first): the conflict panel shows.
    public async Task SaveExpectingConflictAsync()
    {
        await SaveButton.ClickAsync();
        await Expect(Conflict).ToBeVisibleAsync();
    }

    public ILocator Conflict => page.Locator("#save-conflict");

    public async Task ReapplyMyChangesAsync() =>
        await Conflict.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("并重新应用我的修改$") }).ClickAsync();

    /// The route the chosen project types imply, shown before submitting.
    public ILocator RoutePreview => page.GetByTestId("route");

    public async Task SubmitAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "提交审核" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
    }

    /// After a submission: the route it takes.
    public ILocator SubmittedRoute => page.GetByTestId("submitted-route");

    public ILocator ReturnNotes => page.GetByRole(AriaRole.Region, new() { Name = "审核退回意见" });

    public ILocator LeaveDialog => page.GetByRole(AriaRole.Dialog, new() { Name = "有未保存的修改" });

    public async Task ImportOverAsync(string path)
    {
        await page.GetByText("从文件导入（替换当前填写的内容）").ClickAsync();
        await page.GetByLabel("用文件内容替换当前填写的内容").SetInputFilesAsync(path);
    }

    /// The name and target value of the indicator row named <paramref name="name"/>, or null when no row has it.
    public async Task<string?> TargetOfAsync(string name) => await page.EvaluateAsync<string?>("""
        name => {
          const row = [...document.querySelectorAll('textarea[aria-label$="的三级指标"]')].find(t => t.value === name);
          return row ? row.closest('tr').querySelector('input[aria-label$="的指标值"]').value : null;
        }
        """, name);

    [GeneratedRegex("^全部应用「数量写在名称里」的建议")]
    private static partial Regex ApplyAllName();

    [GeneratedRegex("^撤销：")]
    private static partial Regex UndoName();

    [GeneratedRegex("^已保存（第 \\d+ 版）$")]
    private static partial Regex SavedState();
}
