using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Layouts of the east (probe 11): Anhui's web tables a cell per line with cells broken over lines, Fujian's
/// 部门（单位）名称, a Jiangxi city's spellings of the Nanchang template, Zhejiang's table without a benefit level 1,
/// Nanjing's total and sources on one row, Fujian's transfer form with a value column per region.
public class EastLayoutsTests
{
    private static readonly Lazy<ReadResult> Anhui = new(() => Read("east-anhui-cells-broken-over-lines.txt"));
    private static readonly Lazy<ReadResult> Fujian = new(() => Read("east-fujian-unit-name-labels.txt"));
    private static readonly Lazy<ReadResult> Jiangxi = new(() => Read("east-jiangxi-carry-over-column.txt"));
    private static readonly Lazy<ReadResult> Zhejiang = new(() => Read("east-zhejiang-level2-without-level1.txt"));
    private static readonly Lazy<ReadResult> Jiangsu = new(() => Read("east-jiangsu-total-and-sources-one-row.txt"));
    private static readonly Lazy<ReadResult> Regions = new(() => Read("east-fujian-region-value-columns.txt"));
    private static readonly Lazy<ReadResult> Townships = new(() => Read("east-fujian-township-columns-cells.txt"));

    private static string[] Unplaced(ReadResult result) =>
        [.. result.Findings.Where(f => f.Code == "UNPLACED_CELL").Select(f => f.Message)];

    // ── Anhui: a cell per line, closed by " |", a cell's line breaks kept ──

    [Fact]
    public void CellBrokenOverLines_IsOneCell()
    {
        var form = Anhui.Value.Declaration;
        // 年度 / 目标 | was read as the year 「目标」 and its goal lost.
        Assert.Equal(2025, form.Year);
        Assert.Equal("打造国际网球公开赛等系列品牌赛事，提升城市知名度和美誉度。", form.AnnualGoal);
        Assert.Equal(("效益指标", "可持续影响指标", "打造国际网球公开赛等系列品牌赛事", "影响可持续"),
            Tree(Named(form, "打造国际网球公开赛等系列品牌赛事")));
        Assert.DoesNotContain(Anhui.Value.Findings, f => f.Code == "FIELD_UNREADABLE");
    }

    [Fact]
    public void CellsBrokenOverLines_ReadTheWholeTable()
    {
        var form = Anhui.Value.Declaration;
        Assert.Equal(11, form.Indicators.Count);
        Assert.Equal(("产出指标", "成本指标", "项目总成本", "≤1000万元"), Tree(Named(form, "项目总成本")));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"), Tree(Named(form, "群众满意度")));
        // 绩 / 效 / 指 / 标, 一级 / 指标 and 项目资金 / (万元) no longer stand alone.
        Assert.DoesNotContain(Unplaced(Anhui.Value), m => m.Contains("「绩」", StringComparison.Ordinal)
            || m.Contains("「一级」", StringComparison.Ordinal) || m.Contains("(万元)", StringComparison.Ordinal));
    }

    [Fact]
    public void EndLabelUnderALevelName_NamesAnIndicator_NotTheEndDate()
    {
        // 时效指标 | 完成时间 | 2025年年底前 |: 完成时间 ended the table as the project's end date.
        var form = Anhui.Value.Declaration;
        Assert.Equal(("产出指标", "时效指标", "完成时间", "2025年年底前"), Tree(Named(form, "完成时间")));
        Assert.Null(form.EndDate);
        Assert.Null(Other(form, "完成时间"));
    }

    // ── Fujian: 部门（单位）名称 ──

    [Fact]
    public void UnitNameLabel_IsTheDepartment()
    {
        var form = Fujian.Value.Declaration;
        Assert.Equal("示例县水利局", form.Department);
        Assert.Equal("230101", form.BudgetCode);
        Assert.Empty(Unplaced(Fujian.Value));
        Assert.Equal(4, form.Indicators.Count);
    }

    // ── Jiangxi: the Nanchang template in a city's spelling ──

    [Fact]
    public void CarryOverColumn_IsThePriorYear_AndMatchesTheCarryOver()
    {
        var form = Jiangxi.Value.Declaration;
        var total = Assert.Single(form.FundSources);
        Assert.Equal((new WanYuan(60m), new WanYuan(1200m)), (total.PriorYear!.Value, total.CurrentYear!.Value));
        Assert.Equal(new WanYuan(60m), form.Budget.CarryOver);
        Assert.DoesNotContain(Checked(form), f => f.Code == "FUND_SOURCE_MATCH");
        Assert.Empty(Unplaced(Jiangxi.Value));
    }

    [Fact]
    public void CitySpellings_AreTheirFields()
    {
        var form = Jiangxi.Value.Declaration;
        Assert.Equal("制定运营考核办法，按月考核运营单位，考核结果与经费拨付挂钩。", form.Measures);
        // 赣州市市级预算绩效目标申报表: the division is 赣州市, 市级 its level.
        Assert.Equal("赣州市", form.Region);
        Assert.Equal(8, form.Indicators.Count);
    }

    // ── Zhejiang: 社会效益 straight after 时效指标, no 效益指标 printed ──

    [Fact]
    public void Level2OfAnotherLevel1_TakesItsOwnLevel1()
    {
        var form = Zhejiang.Value.Declaration;
        // The table stands under (二)中长期绩效指标: its values are long-term ones (RemainingDefectsTests).
        var health = Named(form, "婴幼儿健康管理率");
        Assert.Equal(("效益指标", "社会效益指标", "95%"), (health.Level1, health.Level2, health.LongTermTarget?.Text));
        Assert.Equal("产出指标", Named(form, "补助发放及时性").Level1);
        Assert.Equal("满意度指标", Named(form, "社会公众满意度").Level1);
        Assert.DoesNotContain(Checked(form), f => f.Code is "TAXONOMY" or "REQUIRED_CATEGORY");
    }

    // ── Jiangsu: 资金总额 | 1200 | 其中：市级财政资金 | 1150 | 其他资金 | 50 ──

    [Fact]
    public void TotalAndSourcesOnOneRow_AreTheFundTree()
    {
        var form = Jiangsu.Value.Declaration;
        var total = Assert.Single(form.FundSources);
        Assert.Equal(("合计", new WanYuan(1200m)), (total.Name, total.CurrentYear!.Value));
        Assert.Equal([("市级财政资金", 1150m), ("其他资金", 50m)], total.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.Equal(new WanYuan(1200m), form.Budget.Total);
        Assert.Empty(Unplaced(Jiangsu.Value));
    }

    [Fact]
    public void ApplyingDepartmentAndFunctionSubject_AreKept()
    {
        var form = Jiangsu.Value.Declaration;
        Assert.Equal("示例市财政局", form.Department);
        Assert.Equal("对村级一事一议的补助2130701", Other(form, "预算功能科目"));
        // Anhui's 项目来源 | 本级申报项目 |, a cell per line.
        Assert.Equal("本级申报项目", Other(Anhui.Value.Declaration, "项目来源"));
    }

    // ── Fujian: 区域目标值 over 新罗区 | 永定区 | 上杭县 ──

    [Fact]
    public void RegionRowUnderTheHeading_IsColumns_NotAnIndicator()
    {
        var form = Regions.Value.Declaration;
        Assert.Equal(6, form.Indicators.Count);
        Assert.DoesNotContain(form.Indicators, i => i.Name == "新罗区");
        var count = Named(form, "宗教管理经费补助县（市、区）数量");
        Assert.Equal(("产出指标", "数量指标", "反映补助县（市、区）数量情况"), (count.Level1, count.Level2, count.Explanation));
        Assert.Equal("项目完成率", form.Indicators[2].Name);
        Assert.Equal("质量指标", form.Indicators[2].Level2);
    }

    [Fact]
    public void EachRegionsValue_IsKeptUnderItsRegion()
    {
        var form = Regions.Value.Declaration;
        // One target per region has no member (the indicator's target is the project's): each is kept, none unplaced.
        Assert.Equal("区域目标值（新罗区）：2；区域目标值（永定区）：3；区域目标值（上杭县）：1",
            Named(form, "宗教管理经费补助县（市、区）数量").Remark);
        Assert.Equal("新罗区、永定区、上杭县", Other(form, "补助区域"));
        Assert.Empty(Unplaced(Regions.Value));
    }

    [Fact]
    public void SameValueInEveryRegion_IsTheTarget_DifferentValuesAreNot()
    {
        var form = Regions.Value.Declaration;
        // ≥95% in each of the three regions is the project's ≥95%; 2 | 3 | 1 counties has no one project value.
        Assert.Equal(("产出指标", "质量指标", "项目资金使用合规性", ">=95%"), Tree(Named(form, "项目资金使用合规性")));
        Assert.Equal(TargetKind.Quantity, Named(form, "项目资金使用合规性").Target.Kind);
        Assert.Equal("及时", Named(form, "资金下达及时性").Target.Text);
        Assert.Equal(TargetKind.Missing, Named(form, "宗教管理经费补助县（市、区）数量").Target.Kind);
        Assert.Equal(["indicators[0].target"],
            Checked(form).Where(f => f.Code == "MISSING_VALUE").Select(f => f.Location));
    }

    [Fact]
    public void TownshipHeadingsOnePerLine_AreColumns_NotIndicators()
    {
        // 指 标 解 释 | 西坪镇尧山村 | 桃舟乡吾培村 | 芦田镇三洋村, a cell per line: the townships were read as indicators
        // and every value after them as an indicator's name.
        var form = Townships.Value.Declaration;
        Assert.Equal(["开展小型水利工程建设(个)", "截至2023年12月底，项目开工率(%)", "受益人口(人)", "受益群众满意度(%)"],
            form.Indicators.Select(i => i.Name));
        var people = Named(form, "受益人口(人)");
        Assert.Equal(("效益指标", "社会效益指标", "反映工程受益人口情况"), (people.Level1, people.Level2, people.Explanation));
        Assert.Equal("西坪镇尧山村：≥1200；桃舟乡吾培村：≥800；芦田镇三洋村：≥1500", people.Remark);
        Assert.Equal("安溪县水利局", form.Department);
    }
}
