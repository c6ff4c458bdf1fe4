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
    public void FundNamesRowWithoutHeading_TheRowBelowHoldsTheirAmounts()
    {
        var result = Read("north-jilin-fund-names-row-tabs.txt");
        var form = result.Declaration;

        Assert.Equal(new BudgetSummary { Total = new WanYuan(260m), CurrentYear = new WanYuan(260m) }, form.Budget);
        var root = Assert.Single(form.FundSources);
        Assert.Equal([("一般公共预算", 240m), ("其他资金", 20m)], root.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
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

    [Theory]
    [InlineData("north-tianjin-central-investment-pipes.txt")]
    [InlineData("north-tianjin-effect-column-tabs.txt")]
    public void CentralInvestmentForm_EffectColumnIsOverTheTable_AndTheLevelOnesAreTheIndicators(string file)
    {
        var result = Read(file);
        var form = result.Declaration;

        // 实施效果指标 stands in the 一级指标 column over the whole table; 产出指标 / 效益指标 / 满意度指标 are the level 1s.
        Assert.DoesNotContain(form.Indicators, i => i.Level1 == "实施效果指标" || i.Level2 == "产出指标");
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], form.Indicators.Select(i => i.Level1).Distinct());
        Assert.All(form.Indicators, i => Assert.Equal("", i.Level2));
        Assert.DoesNotContain(result.Findings, f => f.Code == "COLUMN_IN_REMARK");
        Assert.All(form.Indicators, i => Assert.Null(i.Remark));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        // The place the money goes to and the central amount are kept, not lost.
        Assert.NotNull(Other(form, "下达地方或单位"));
        Assert.NotNull(Other(form, "下达中央预算内投资"));
    }

    [Fact]
    public void CentralInvestmentForm_OneCellPerLine_ReadsEveryIndicatorWithItsValue()
    {
        var form = Read("north-tianjin-central-investment-pipes.txt").Declaration;

        Assert.Equal(6, form.Indicators.Count);
        Assert.Equal(("产出指标", "", "按进度计划实施情况", "按计划实施"), Tree(Named(form, "按进度计划实施情况")));
        Assert.Equal(("效益指标", "", "完工项目县畜禽粪污综合利用率", "≥90%"), Tree(Named(form, "完工项目县畜禽粪污综合利用率")));
        Assert.Equal(("满意度指标", "", "受益对象满意度", "≥85%"), Tree(Named(form, "受益对象满意度")));
        Assert.Equal("宝坻区人民政府", Other(form, "下达地方或单位"));
    }

    [Theory]
    // The bracketed line below the title names the project it is for: the title's bracketed part, like (2024年度).
    [InlineData("north-tianjin-central-investment-pipes.txt",
        "天津市农业绿色发展专项(畜禽粪污资源化利用整县推进项目)2022年中央预算内投资计划绩效目标表(天津市宝坻区畜禽粪污资源化利用整区推进项目)", 2022, "天津市")]
    [InlineData("north-tianjin-effect-column-tabs.txt", "示例市城乡冷链物流设施建设专项2024年中央预算内投资计划绩效目标表", 2024, "示例市")]
    public void WrappedTitle_LinesAboveThatItContinues_AreItsStart(string file, string title, int year, string region)
    {
        var form = Read(file).Declaration;

        Assert.Equal((title, year, region), (form.Title, form.Year, form.Region));
    }

    [Fact]
    public void GoalLabelsOnePerLine_RightBeforeTheTable_TheGoalIsTheLastLabels_AndTheFormIsRead()
    {
        // 总体目标 / 年度目标 / the goal / 绩效指标 …: the table's heading came while the goal was held for its labels,
        // and the reader failed on the whole file.
        var result = Read("north-beijing-goal-labels-before-table-cells.txt");
        var form = result.Declaration;

        Assert.Equal("完成绿道80公里日常养护，设施完好率不低于95%。", form.AnnualGoal);
        Assert.Null(form.OverallGoal);
        Assert.Equal(6, form.Indicators.Count);
        Assert.Equal(("产出指标", "成本指标", "每公里养护成本", "≤6.5万元"), Tree(Named(form, "每公里养护成本")));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void TitleWithTheLevelAfterTheCity_RegionIsTheCity()
    {
        var form = Read("north-beijing-goal-labels-before-table-cells.txt").Declaration;

        Assert.Equal(("北京市市级项目支出绩效目标申报表", 2024, "北京市"), (form.Title, form.Year, form.Region));
    }

    [Fact]
    public void SpacedOutSideLabelBeforeTheHeading_SpaceSeparated_TheTableIsRead()
    {
        // 绩 效 指 标 一级指标 二级指标 三级指标 指标值: the first token is 绩, one character of the side label.
        var result = Read("north-tianjin-spaced-heading-spaces.txt");
        var form = result.Declaration;

        Assert.Equal(4, form.Indicators.Count);
        Assert.Equal(("产出指标", "", "改造小区个数", "18个"), Tree(Named(form, "改造小区个数")));
        Assert.Equal(("满意度指标", "", "受益群众满意度", "≥85%"), Tree(Named(form, "受益群众满意度")));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }
}
