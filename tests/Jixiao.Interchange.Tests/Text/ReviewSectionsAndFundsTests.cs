using Jixiao.Domain.Review;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Stop 13, round 2: review boxes signed by two departments on one line of text, fund-source lists of siblings, and
/// the unit's row of a project table taken as the department.
public class ReviewSectionsAndFundsTests
{
    // ── Review boxes ──

    [Fact]
    public void FinanceBoxWithBothSectionsOnOneSpacedLine_GivesOneBoxPerSection_SignaturesWhereSigned()
    {
        // 市财政局审核意见  业务科室审核人：李娜  日期：…  绩效科审核人：  日期：: the section names glued to their
        // signature labels were not known as sections, so 业务科室 became the box's opinion and 绩效科审核人 part of
        // the reviewer's name.
        var form = Read("city-finance-review-sections-one-line-spaces.txt").Declaration;
        Assert.Equal(4, form.Reviews.Count);
        var business = form.Reviews[2];
        Assert.Equal("市财政局审核意见（业务科室）", business.Label);
        Assert.Equal(ReviewBoxKind.FinanceBusiness, business.Kind);
        Assert.Null(business.Opinion);
        Assert.Equal("李娜", business.Reviewer);
        Assert.Equal(new DateOnly(2024, 1, 15), business.Date);
        var performance = form.Reviews[3];
        Assert.Equal("市财政局审核意见（绩效科）", performance.Label);
        Assert.Equal(ReviewBoxKind.PerformanceEvaluation, performance.Kind);
        Assert.Null(performance.Opinion);
        Assert.Null(performance.Reviewer);
        Assert.Null(performance.Date);
        // The boxes around it are read as before.
        Assert.Equal(("同意申报", "王刚"), (form.Reviews[0].Opinion, form.Reviews[0].Reviewer));
        Assert.Null(form.Reviews[1].Reviewer);
    }

    // ── Fund sources ──

    [Fact]
    public void UnnumberedOtherAfterOwnFundsParts_IsOwnFundsThirdPart_AndSumsHold()
    {
        // 自有资金：50 / 事业收入：30 / 经营性收入：10 / 其他：10, no numbering: 其他 was taken for the table's third group
        // (其它资金), so 合计 200 ≠ 210 and 自有资金 50 ≠ 40 were reported though the form adds up.
        var form = Read("shaanxi-county-own-funds-parts-unnumbered-cells.txt").Declaration;
        var total = Assert.Single(form.FundSources);
        Assert.Equal(["财政拨款", "自有资金"], total.Children.Select(c => c.Name));
        var own = total.Children[1];
        Assert.Equal(["事业收入", "经营性收入", "其他"], own.Children.Select(c => c.Name));
        Assert.Equal([30m, 10m, 10m], own.Children.Select(c => c.CurrentYear!.Value.Value));
        Assert.DoesNotContain(Checked(form), f => f.Code == "FUND_SOURCE_SUM");
    }

    // ── Project tables ──

    [Fact]
    public void UnitRowAboveProjectsInMergedUnitAndProjectColumn_IsTheDepartment()
    {
        // 单位名称、项目名称 | 年度目标 | … with 成都市锦江区卫生健康局 on its own row above its projects: the unit stayed in
        // otherFields and the form, which names no 主管部门, had no department.
        var form = Read("sichuan-chengdu-unit-row-above-projects-tabs.txt").Declaration;
        Assert.Equal("成都市锦江区卫生健康局", form.Department);
        Assert.Equal("基本公共卫生服务补助经费", form.ProjectName);
        Assert.Null(Other(form, "单位名称、项目名称"));
        Assert.Equal(4, form.Indicators.Count);
        Assert.Equal(("产出指标", "数量指标", "建立居民电子健康档案人数", "≥45万人"), Tree(form.Indicators[0]));
    }
}
