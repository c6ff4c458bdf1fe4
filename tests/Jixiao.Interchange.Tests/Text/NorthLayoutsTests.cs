using Jixiao.Domain.Budget;
using Jixiao.Domain.Checks;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Layouts of northern regions (Hebei, Jilin, Liaoning, Tianjin): Hebei's 项目概述 / 实施主体 / 实施方案 / 实施周期 and its
/// 年度预算安排 printed as a row of column headings with the amounts below, a source and its amount beside the total on
/// one row (Jilin), the whole fund table on one space-separated line (Liaoning).
public class NorthLayoutsTests
{
    [Theory]
    [InlineData("north-hebei-budget-row.txt", 320, 300, 20)]
    [InlineData("north-hebei-one-cell-per-line.txt", 4800, 4800, 0)]
    public void HebeiBudgetRow_HeadingsAreTheSources_AndTheRowBelowTheirAmounts(string file, int total, int fiscal, int other)
    {
        var result = Read(file);
        var form = result.Declaration;

        Assert.Equal(new BudgetSummary { Total = new WanYuan(total), CurrentYear = new WanYuan(total) }, form.Budget);
        var root = Assert.Single(form.FundSources);
        Assert.Equal((FundSourceNames.Total, new WanYuan(total)), (root.Name, root.CurrentYear));
        Assert.Equal([("财政资金", (decimal)fiscal), ("其他资金", other)], root.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Severity == Severity.Error && f.Code != "REQUIRED_FIELD");
    }

    [Theory]
    [InlineData("north-hebei-budget-row.txt")]
    [InlineData("north-hebei-one-cell-per-line.txt")]
    public void HebeiFields_OverviewPeriodAndPlan_AreRead(string file)
    {
        var form = Read(file).Declaration;

        Assert.StartsWith(file.Contains("cell", StringComparison.Ordinal) ? "支持全省120个县" : "对全县86个村庄", form.Overview, StringComparison.Ordinal);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (form.StartDate, form.EndDate));
        // 实施方案 is how the project is carried out, not the 保障措施 measures: kept under its label.
        Assert.Null(form.Measures);
        Assert.NotNull(Other(form, "实施方案"));
        Assert.Equal(6, form.Indicators.Count);
    }

    [Fact]
    public void JilinSourceBesideTotal_IsASourceOfTheTotal_NotStrayCells()
    {
        var result = Read("north-jilin-source-beside-total-pipes.txt");
        var form = result.Declaration;

        Assert.Equal(new BudgetSummary { Total = new WanYuan(950m), CurrentYear = new WanYuan(950m) }, form.Budget);
        var root = Assert.Single(form.FundSources);
        Assert.Equal(new WanYuan(950m), root.CurrentYear);
        Assert.Equal([("一般公共预算", 950m), ("政府性基金预算", 0m), ("其他资金", 0m)],
            root.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Code == "FUND_SOURCE_SUM");
    }

    [Fact]
    public void LiaoningFundLine_TotalAndSourcesOnOneSpacedLine_AreEachRead()
    {
        var result = Read("north-liaoning-fund-line-spaces.txt");
        var form = result.Declaration;

        Assert.Equal(new BudgetSummary { Total = new WanYuan(580m), CurrentYear = new WanYuan(580m) }, form.Budget);
        var root = Assert.Single(form.FundSources);
        Assert.Equal([("财政拨款", 580m), ("其他资金", 0m)], root.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.Equal(6, form.Indicators.Count);
    }
}
