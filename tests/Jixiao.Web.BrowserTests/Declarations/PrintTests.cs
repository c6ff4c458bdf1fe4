using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Declarations;

public sealed class PrintTests(UiFixture ui) : IClassFixture<UiFixture>
{
    private const string Sample = "2022年市大数据发展专项资金";

    [Fact]
    public async Task SampleForm_PrintView_HasTheOfficialTables()
    {
        Guid id;
        using (var filer = await ui.ApiAsync("filer1")) id = await filer.FindAsync(Sample);
        var print = new PrintPage(await ui.SignedInPageAsync("filer1"));

        await print.OpenAsync(id);

        await Expect(print.Title).ToHaveTextAsync("南昌市预算绩效目标申报表");
        await Expect(print.BasicInformation).ToContainTextAsync("13857.29");
        await Expect(print.BasicInformation).ToContainTextAsync("2. 本级财政安排");
        await Expect(print.BasicInformation).ToContainTextAsync("2022年1月1日");
        await Expect(print.Indicators.Locator("tbody").GetByRole(AriaRole.Row)).ToHaveCountAsync(91);
        await Expect(print.ReviewBox("主管部门审核意见")).ToContainTextAsync("审核人（盖章）");
        await Expect(print.ReviewBox("市财政局归口科室审核意见")).ToContainTextAsync("本项目不经归口科室审核。");
    }

    [Fact]
    public async Task Approved_PrintView_FillsTheReviewBoxesWithVerifiedSeals()
    {
        Guid id;
        using (var filer = await ui.ApiAsync("filer1"))
            id = await filer.CreateAndSubmitAsync(ApiDriver.Valid("打印测试已批复"));
        using (var dept1 = await ui.ApiAsync("dept1")) await dept1.ApproveAsync(id, opinion: "同意申报。");
        using (var biz = await ui.ApiAsync("biz")) await biz.ApproveAsync(id);
        using (var perf = await ui.ApiAsync("perf")) await perf.ApproveAsync(id, grade: "良", opinion: "建议细化成本指标。");
        var print = new PrintPage(await ui.SignedInPageAsync("filer1"));

        await print.OpenAsync(id);

        var department = print.ReviewBox("主管部门审核意见");
        await Expect(department).ToContainTextAsync("通过。同意申报。");
        await Expect(department).ToContainTextAsync("数据管理局审核人");
        await Expect(department).ToContainTextAsync("电子签章 已验证");
        var performance = print.ReviewBox("市财政公共服务中心绩效评价科审核意见");
        await Expect(performance).ToContainTextAsync("评级「良」");
        await Expect(performance).ToContainTextAsync("建议细化成本指标。");
    }

    [Fact]
    public async Task PrintView_PrintsOnA4WithoutTheToolbar()
    {
        Guid id;
        using (var filer = await ui.ApiAsync("filer1")) id = await filer.FindAsync(Sample);
        var page = await ui.SignedInPageAsync("filer1");
        var print = new PrintPage(page);
        await print.OpenAsync(id);
        var toolbarButton = page.GetByRole(AriaRole.Button, new() { Name = "打印" });
        await Expect(toolbarButton).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(toolbarButton).ToBeHiddenAsync();
        var pdf = Encoding.Latin1.GetString(await print.PrintToPdfAsync());

        // A4 is 595×842 points; Chromium rounds to whole CSS pixels (595.92×842.88)
        var size = Regex.Match(pdf, @"/MediaBox \[0 0 (?<w>[\d.]+) (?<h>[\d.]+)\]");
        Assert.True(size.Success, "the PDF has no MediaBox");
        Assert.InRange(double.Parse(size.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture), 594, 597);
        Assert.InRange(double.Parse(size.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture), 841, 844);
        Assert.True(Regex.Matches(pdf, @"/Type /Page\b").Count >= 2, "91 indicators take more than one A4 page");
    }
}
