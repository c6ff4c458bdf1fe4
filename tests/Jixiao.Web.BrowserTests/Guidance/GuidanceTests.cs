using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Guidance;

public sealed class GuidanceTests(UiFixture ui) : IClassFixture<UiFixture>
{
    private const string QuantityInName = "数量写在指标名称里而指标值为100%时，应把数量移到指标值";

    [Fact]
    public async Task GuidePage_ExplainsEachCategoryAndCodeWithPoorAndGoodExamples()
    {
        var guidance = new GuidancePage(await ui.SignedInPageAsync("filer1"));

        await guidance.OpenAsync();

        var quantity = guidance.Entry("数量指标");
        await Expect(quantity).ToContainTextAsync("不好的写法");
        await Expect(quantity).ToContainTextAsync("=1个");
        await Expect(guidance.Entry(QuantityInName)).ToContainTextAsync("好的写法");
    }

    [Fact]
    public async Task OneExplanation_ByCategoryName_HasItsOwnPage()
    {
        var guidance = new GuidancePage(await ui.SignedInPageAsync("filer1"));

        await guidance.OpenAsync("时效");

        await Expect(guidance.Heading).ToHaveTextAsync("时效指标");
        await Expect(guidance.Entry("时效指标")).ToContainTextAsync("2022年12月31日前");
    }

    [Fact]
    public async Task FindingsGuidance_OpensWithTheKeyboardAndClosesWithEscape()
    {
        Guid id;
        using (var filer = await ui.ApiAsync("filer1")) id = await filer.FindAsync("2022年市大数据发展专项资金");
        var page = await ui.SignedInPageAsync("filer1");
        await new ProgressPage(page).OpenAsync(id);
        await page.GetByText("查看全部").ClickAsync();
        var guidance = new GuidancePage(page);

        await guidance.Button(QuantityInName).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var popup = guidance.Popup(QuantityInName);
        await Expect(popup).ToBeVisibleAsync();
        await Expect(popup).ToContainTextAsync("南昌市疫情防控大数据管理平台建设");
        await page.Keyboard.PressAsync("Escape");
        await Expect(popup).ToBeHiddenAsync();
    }
}
