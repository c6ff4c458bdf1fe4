using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Review;

/// Issue 4, the review pages (审核): test 2 (the route approved in the UI), test 3 (a return with a comment on one
/// indicator, fixed and resubmitted), and a reviewer deciding with the keyboard alone.
public sealed class ReviewFlowTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task DeptBizPerf_ApproveInTheUi_FilerSeesApprovedAndThreeVerifiedSeals()
    {
        const string name = "审核通过全流程";
        using var filerApi = await ui.ApiAsync("filer1");
        var id = await filerApi.CreateAndSubmitAsync(ApiDriver.Valid(name));

        foreach (var (reviewer, next) in new[] { ("dept1", "业务科"), ("biz", "绩效评价科") })
        {
            var page = await ui.SignedInPageAsync(reviewer);
            var queue = new ReviewQueuePage(page);
            await queue.OpenAsync();
            await queue.OpenDeclarationAsync(name);
            var review = new ReviewPage(page);
            await review.WaitLoadedAsync();
            await Expect(page.GetByRole(AriaRole.Group, new() { Name = "绩效目标评级" })).ToHaveCountAsync(0);   // only the last stage grades

            await review.ApproveAsync("同意。");

            await Expect(review.Outcome).ToHaveTextAsync($"已通过，转到「{next}」审核。");
            await page.Context.CloseAsync();
        }

        var perf = await ui.SignedInPageAsync("perf");
        var last = new ReviewPage(perf);
        await last.OpenAsync(id);
        var approve = last.Decision.GetByRole(AriaRole.Button, new() { Name = "通过", Exact = true });
        await Expect(approve).ToBeDisabledAsync();          // the grading stage: no approval without a grade
        await last.GradeAsync("中");
        await Expect(approve).ToBeDisabledAsync();          // 中 can only return
        await last.GradeAsync("差");
        await Expect(last.Decision.GetByRole(AriaRole.Button, new() { Name = "不予通过" })).ToBeVisibleAsync();

        await last.ApproveAsync("目标明确，同意。", grade: "优");

        await Expect(last.Outcome).ToHaveTextAsync("已通过，申报表已批复。");
        var filer = await ui.SignedInPageAsync("filer1");
        var progress = new ProgressPage(filer);
        await progress.OpenAsync(id);
        await Expect(progress.Summary).ToContainTextAsync("已批复");
        await Expect(progress.SealSummary).ToHaveTextAsync("全部 3 个审核签章验证通过。");
        await Expect(progress.Stage("市财政公共服务中心绩效评价科")).ToContainTextAsync("评级「优」");
    }

    [Fact]
    public async Task ReturnedThenSavedOver_CommentOnARow_IsListedWithTheVersionItConcernsNotPlacedOnAnotherRow()
    {
        using var filerApi = await ui.ApiAsync("filer1");
        var declaration = ApiDriver.Valid("退回后又保存");
        var id = await filerApi.CreateAndSubmitAsync(declaration);
        using (var dept1 = await ui.ApiAsync("dept1"))
            await dept1.ReturnAsync(id, "请修改。", ("indicators[0].target", "第一条的指标值请写明数量。"));
        // the filer saves once with the first row removed: row 1 of version 1 is no longer row 1
        await filerApi.SaveAsync(id, declaration with { Indicators = [.. declaration.Indicators.Skip(1)] });

        var page = await ui.SignedInPageAsync("filer1");
        var editor = new FormEditor(page);
        await editor.OpenAsync(id);

        await Expect(editor.ReturnNotes).ToContainTextAsync("第 1 版的第 1 条指标：第一条的指标值请写明数量。");
        await Expect(page.Locator("[id^='f-indicators-'][id$='-notes']").Filter(new() { HasText = "第一条的指标值请写明数量。" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ReturnWithCommentOnIndicator_FilerSeesItBesideTheIndicatorFixesAndResubmits_HistoryHasBothRounds()
    {
        const string name = "退回修改带批注";
        using var filerApi = await ui.ApiAsync("filer1");
        var id = await filerApi.CreateAndSubmitAsync(ApiDriver.Valid(name));
        var details = await filerApi.GetAsync(id);
        var secondIndicator = (string)details["declaration"]!["indicators"]![1]!["name"]!;

        var dept = await ui.SignedInPageAsync("dept1");
        var review = new ReviewPage(dept);
        await review.OpenAsync(id);
        await review.CommentAsync($"第 2 条指标「{secondIndicator}」", "请写明验收合格的标准。");
        await review.ReturnAsync("第 2 条指标需要修改。");
        await Expect(review.Outcome).ToHaveTextAsync("已退回填报单位修改。");

        var filer = await ui.SignedInPageAsync("filer1");
        var editor = new FormEditor(filer);
        await editor.OpenAsync(id);
        await Expect(editor.ReturnNotes).ToContainTextAsync("第 2 条指标需要修改。");
        var row = await RowNumberAsync(filer, secondIndicator);
        await Expect(editor.IndicatorNotes(row)).ToContainTextAsync("请写明验收合格的标准。");
        await editor.IndicatorTarget(row).FillAsync("≥98%");
        await editor.SubmitAsync();
        await Expect(editor.SubmittedRoute).ToHaveTextAsync("主管部门 → 业务科 → 绩效评价科");

        var deptAgain = await ui.SignedInPageAsync("dept1");
        var second = new ReviewPage(deptAgain);
        await second.OpenAsync(id);
        await Expect(second.History.GetByRole(AriaRole.Heading, new() { Name = "第 1 轮" })).ToBeVisibleAsync();
        await Expect(second.History).ToContainTextAsync("请写明验收合格的标准。");
        await second.ApproveAsync("已按意见修改，同意。");
        var biz = await ui.SignedInPageAsync("biz");
        var third = new ReviewPage(biz);
        await third.OpenAsync(id);
        await Expect(third.History.GetByRole(AriaRole.Heading, new() { Name = "第 2 轮" })).ToBeVisibleAsync();
        await Expect(third.History.GetByRole(AriaRole.Heading, new() { Name = "第 1 轮" })).ToBeVisibleAsync();
        var history = new HistoryPage(filer);
        await history.OpenAsync(id);
        await Expect(history.ReviewRound(1)).ToContainTextAsync("第 2 条指标需要修改。");
        await Expect(history.ReviewRound(2)).ToContainTextAsync("已按意见修改，同意。");
    }

    [Fact]
    public async Task Reviewer_MovesThroughTheQueueAndDecidesWithTheKeyboardAlone()
    {
        using var filerApi = await ui.ApiAsync("filer1");
        var firstId = await filerApi.CreateAndSubmitAsync(ApiDriver.Valid("键盘审核一"));
        await filerApi.CreateAndSubmitAsync(ApiDriver.Valid("键盘审核二"));
        var page = await ui.SignedInPageAsync("dept1");
        var queue = new ReviewQueuePage(page);
        await queue.OpenAsync();
        await queue.WaitForKeysAsync();

        await page.Keyboard.PressAsync("j");
        await Expect(page.Locator("a[data-queue-item]").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(queue.Item("键盘审核二")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("k");
        await Expect(queue.Item("键盘审核一")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        var review = new ReviewPage(page);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/review/{firstId}$"));
        await review.WaitLoadedAsync();
        await page.Keyboard.PressAsync("Alt+o");
        await Expect(review.Opinion).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("同意。");
        await page.Keyboard.PressAsync("Control+Enter");
        var confirm = review.ConfirmDialog.GetByRole(AriaRole.Button, new() { Name = "确认通过" });
        await Expect(confirm).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(review.Outcome).ToHaveTextAsync("已通过，转到「业务科」审核。");
        var next = page.GetByRole(AriaRole.Link, new() { NameRegex = new("^审核下一份：") });
        await Expect(next).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/review/{firstId}$"));
        await review.WaitLoadedAsync();
        await Expect(review.Opinion).ToBeEditableAsync();
    }

    [Fact]
    public async Task DecisionAfterSomeoneElseDecided_SaysSoClearly_AndAnUnknownDeclarationIsNotFound()
    {
        using var filerApi = await ui.ApiAsync("filer1");
        var id = await filerApi.CreateAndSubmitAsync(ApiDriver.Valid("他人已先审核"));
        var page = await ui.SignedInPageAsync("dept1");
        var review = new ReviewPage(page);
        await review.OpenAsync(id);
        using (var otherTab = await ui.ApiAsync("dept1")) await otherTab.ApproveAsync(id);

        await review.ApproveAsync("同意。");

        var error = page.Locator("#decision-error");
        await Expect(error).ToContainTextAsync("未能提交审核决定");
        await Expect(error).ToContainTextAsync("可能已有其他审核人先作出了决定");
        await Expect(error).ToBeFocusedAsync();

        await page.GotoAsync($"/review/{Guid.NewGuid()}");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "找不到该内容" })).ToBeVisibleAsync();
    }

    /// The number (1-based) of the editor's indicator row named <paramref name="name"/>.
    private static async Task<int> RowNumberAsync(IPage page, string name) => 1 + await page.EvaluateAsync<int>("""
        name => [...document.querySelectorAll('textarea[aria-label$="的三级指标"]')].findIndex(t => t.value === name)
        """, name);
}
