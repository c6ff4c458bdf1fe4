using Jixiao.Domain.Declarations;
using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Declarations;

public sealed class ProgressTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task Approved_ByAllThreeStages_ShowsEachReviewerGradeAndVerifiedSeal()
    {
        Guid id;
        using (var filer = await ui.ApiAsync("filer1"))
            id = await filer.CreateAndSubmitAsync(ApiDriver.Valid("进度测试已批复"));
        using (var dept1 = await ui.ApiAsync("dept1")) await dept1.ApproveAsync(id, opinion: "同意申报。");
        using (var biz = await ui.ApiAsync("biz")) await biz.ApproveAsync(id, opinion: "资金安排合理。");
        using (var perf = await ui.ApiAsync("perf")) await perf.ApproveAsync(id, grade: "优", opinion: "目标明确、可衡量。");
        var progress = new ProgressPage(await ui.SignedInPageAsync("filer1"));

        await progress.OpenAsync(id);

        await Expect(progress.Summary).ToContainTextAsync("已批复");
        await Expect(progress.Summary).ToContainTextAsync("优");
        var department = progress.Stage("主管部门");
        await Expect(department).ToContainTextAsync("已通过");
        await Expect(department).ToContainTextAsync("数据管理局审核人");
        await Expect(department).ToContainTextAsync("同意申报。");
        await Expect(department).ToContainTextAsync("签章验证通过");
        await Expect(progress.Stage("市财政局业务科")).ToContainTextAsync("资金安排合理。");
        var performance = progress.Stage("市财政公共服务中心绩效评价科");
        await Expect(performance).ToContainTextAsync("评级「优」");
        await Expect(performance).ToContainTextAsync(DateTime.UtcNow.AddHours(8).Year + "年");
        await Expect(progress.SealSummary).ToHaveTextAsync("全部 3 个审核签章验证通过。");
    }

    [Fact]
    public async Task InReview_AfterTheFirstStage_ShowsWhereItWaits()
    {
        Guid id;
        using (var filer = await ui.ApiAsync("filer1"))
            id = await filer.CreateAndSubmitAsync(ApiDriver.Valid("进度测试审核中", 2022, ProjectType.Ppp));
        using (var dept1 = await ui.ApiAsync("dept1")) await dept1.ApproveAsync(id);
        var progress = new ProgressPage(await ui.SignedInPageAsync("filer1"));

        await progress.OpenAsync(id);

        await Expect(progress.Summary).ToHaveTextAsync("审核中：正在由业务科审核。");
        await Expect(progress.Stage("主管部门")).ToContainTextAsync("已通过");
        await Expect(progress.Stage("市财政局业务科")).ToContainTextAsync("正在审核");
        await Expect(progress.Stage("市财政局债务金融科")).ToContainTextAsync("待审核");   // a PPP project's route
    }

    [Fact]
    public async Task Returned_ThenResubmitted_ShowsTheCommentAndKeepsTheEarlierRound()
    {
        Guid id;
        using var filer = await ui.ApiAsync("filer1");
        id = await filer.CreateAndSubmitAsync(ApiDriver.Valid("进度测试退回"));
        using (var dept1 = await ui.ApiAsync("dept1"))
            await dept1.ReturnAsync(id, "请细化产出指标。", ("indicators[0].target", "请写明建成几个平台。"));
        var page = await ui.SignedInPageAsync("filer1");
        var progress = new ProgressPage(page);

        await progress.OpenAsync(id);
        await Expect(progress.Summary).ToContainTextAsync("已退回修改");
        await Expect(progress.Stage("主管部门")).ToContainTextAsync("退回修改");
        await Expect(progress.Stage("主管部门")).ToContainTextAsync("第1条指标「南昌市疫情防控大数据管理平台建设」 指标值：请写明建成几个平台。");
        await filer.SubmitAsync(id);
        await progress.OpenAsync(id);

        await Expect(progress.Stage("主管部门")).ToContainTextAsync("正在审核");
        await Expect(progress.EarlierRounds).ToContainTextAsync("第 1 次提交");
        await Expect(progress.EarlierRounds).ToContainTextAsync("请细化产出指标。");
    }

    /// Issue 4, test 4: another unit's declaration is not found, exactly as if it did not exist.
    [Theory]
    [InlineData("")]
    [InlineData("/history")]
    [InlineData("/print")]
    public async Task OtherUnitsDeclaration_OpenedByItsAddress_IsNotFound(string view)
    {
        Guid id;
        using (var filer1 = await ui.ApiAsync("filer1"))
            id = await filer1.CreateAsync(ApiDriver.Valid("数据局的申报表"));
        var page = await ui.SignedInPageAsync("filer2");

        var response = await page.GotoAsync($"/declarations/{id}{view}");

        Assert.Equal(404, response!.Status);
        await Expect(new AppShell(page).NotFound).ToBeVisibleAsync();
        await Expect(page.GetByText("数据局的申报表")).ToHaveCountAsync(0);
    }
}
