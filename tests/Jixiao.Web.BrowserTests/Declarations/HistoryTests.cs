using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Declarations;

public sealed class HistoryTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task AfterAnEdit_TheLatestVersionIsComparedWithTheOneBefore()
    {
        using var filer = await ui.ApiAsync("filer1");
        var original = ApiDriver.Valid("历史测试原名");
        var id = await filer.CreateAsync(original);
        await filer.SaveAsync(id, ApiDriver.Valid("历史测试新名"));
        var history = new HistoryPage(await ui.SignedInPageAsync("filer1"));

        await history.OpenAsync(id);

        await Expect(history.Versions).ToHaveCountAsync(2);
        await Expect(history.Versions.Nth(1)).ToContainTextAsync("修改保存");
        var name = history.Difference("项目名称");
        await Expect(name.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("历史测试原名");
        await Expect(name.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("历史测试新名");
    }

    [Fact]
    public async Task ChoosingTwoVersions_ComparesThoseTwo()
    {
        using var filer = await ui.ApiAsync("filer1");
        var id = await filer.CreateAsync(ApiDriver.Valid("版本一"));
        await filer.SaveAsync(id, ApiDriver.Valid("版本二"));
        await filer.SaveAsync(id, ApiDriver.Valid("版本三"));
        var history = new HistoryPage(await ui.SignedInPageAsync("filer1"));
        await history.OpenAsync(id);
        await Expect(history.Difference("项目名称")).ToContainTextAsync("版本二");

        await history.CompareAsync(1, 3);

        var name = history.Difference("项目名称");
        await Expect(name.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("版本一");
        await Expect(name.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("版本三");
    }

    [Fact]
    public async Task ReturnedAndResubmitted_ShowsBothRoundsOfReview()
    {
        using var filer = await ui.ApiAsync("filer1");
        var id = await filer.CreateAndSubmitAsync(ApiDriver.Valid("历史测试两轮"));
        using (var dept1 = await ui.ApiAsync("dept1"))
        {
            await dept1.ReturnAsync(id, "第一轮：请补充满意度指标。");
            await filer.SaveAsync(id, ApiDriver.Valid("历史测试两轮"));
            await filer.SubmitAsync(id);
            await dept1.ApproveAsync(id, opinion: "第二轮：同意。");
        }
        var history = new HistoryPage(await ui.SignedInPageAsync("filer1"));

        await history.OpenAsync(id);

        await Expect(history.ReviewRound(1)).ToContainTextAsync("第一轮：请补充满意度指标。");
        await Expect(history.ReviewRound(1)).ToContainTextAsync("退回修改");
        await Expect(history.ReviewRound(2)).ToContainTextAsync("第二轮：同意。");
        await Expect(history.ReviewRound(2)).ToContainTextAsync("第 2 版");
    }
}
