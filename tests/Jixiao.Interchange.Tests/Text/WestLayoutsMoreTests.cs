using Jixiao.Domain.Budget;
using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// More layouts of western regions' forms (海南, 甘肃, 贵州, 广西, 新疆) that the probe of published forms found.
public class WestLayoutsMoreTests
{
    [Fact]
    public void OneCellPerLine_FundSourcesBetweenOtherFields_AreRowsOfTheFundBlock()
    {
        // 资金总额 | 项目负责人电话 | 财政拨款 | 预算执行率权重 | 其他资金 (海南's two-column header), one cell per line.
        var result = Read("west2-fund-sources-between-fields.txt");
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal(new WanYuan(1860.50m), total.CurrentYear);
        Assert.Equal(
            [("财政拨款", (WanYuan?)new WanYuan(1800m)), ("其他资金", new WanYuan(60.50m))],
            total.Children.Select(c => (c.Name, c.CurrentYear)));
        Assert.Equal("0898-65239479", form.ContactPhone);
        Assert.Equal("10%", Other(form, "预算执行率权重"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void RunTogether_FundSourceAfterPhone_EndsThePhoneAndIsAFundRow()
    {
        // 项目负责人电话:0898-65239479财政拨款:2400.00预算执行率权重:10%其他资金:30.30 (海南, a web page run together):
        // the phone stops where the fund source's name starts.
        var form = Read("west2-glued-fund-sources-between-fields.txt").Declaration;

        Assert.Equal("0898-65239479", form.ContactPhone);
        Assert.Equal("10%", Other(form, "预算执行率权重"));
        var total = Assert.Single(form.FundSources);
        Assert.Equal(new WanYuan(2430.30m), total.CurrentYear);
        Assert.Equal(
            [("财政拨款", (WanYuan?)new WanYuan(2400m)), ("其他资金", new WanYuan(30.30m))],
            total.Children.Select(c => (c.Name, c.CurrentYear)));
    }

    [Fact]
    public void Spaces_WholeFundTableOnOneLine_ReadsTheTotalAndEachSource()
    {
        // 项目资金（万元） 年度资金总额 300.00 其中：本年财政拨款 280.00 上年结转资金 15.00 其他资金 5.00 (甘肃).
        var result = Read("west2-spaced-fund-line.txt");
        var form = result.Declaration;

        Assert.Equal(new WanYuan(300m), form.Budget.Total);
        var total = Assert.Single(form.FundSources);
        // 上年结转资金 is the carry-over, as 上年结转 is: its 15.00 is last years' money, not this year's.
        Assert.Equal(
            [("本年财政拨款", (WanYuan?)null, (WanYuan?)new WanYuan(280m)), ("上年结转资金", new WanYuan(15m), null), ("其他资金", null, new WanYuan(5m))],
            total.Children.Select(c => (c.Name, c.PriorYear, c.CurrentYear)));
        Assert.Equal((new WanYuan(285m), new WanYuan(15m)), (form.Budget.CurrentYear, form.Budget.CarryOver));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void Spaces_GoalWrappedWithoutIndent_EndOfTheSentenceIsPartOfTheGoal()
    {
        // 年度目标 …农村自来水普及率达到 then "90%以上。" on a line of its own, not indented (贵州).
        var result = Read("west2-spaced-goal-wrapped.txt");
        var form = result.Declaration;

        Assert.Equal("完成全省农村饮水安全工程维修养护补助，保障农村供水工程正常运行，农村自来水普及率达到90%以上。", form.AnnualGoal);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.Equal(8, form.Indicators.Count);
    }

    [Fact]
    public void Tabs_FileEndsInsideALevelName_SaysTheFormIsCutShortOnceAndRaisesNoIndicatorErrors()
    {
        // The file's last row is "满意度指标 | 服务对象满意" (广西, cut short): no indicator named 服务对象满意 lacking a
        // level 2 and a value, but one finding that the file ends there.
        var result = Read("west2-tabs-cut-short.txt");
        var form = result.Declaration;

        Assert.Equal(4, form.Indicators.Count);
        Assert.DoesNotContain(form.Indicators, i => i.Name == "服务对象满意");
        var cut = Assert.Single(result.Findings, f => f.Code == "FORM_CUT_SHORT");
        Assert.Equal(14, cut.Line);
        Assert.Contains("服务对象满意", cut.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Checked(form), f => f.Code is "TAXONOMY" or "MISSING_VALUE");
    }

    [Fact]
    public void Pipes_SitePublishingTableAboveTheForm_IsPageChromeNotUnplacedCells()
    {
        // 索 引 号 | WQX018-2021-000006 | 主题分类 | | and 来 源 | 乌恰县水利局 | above the form (新疆, a government site).
        var result = Read("west2-pipes-page-metadata.txt");
        var form = result.Declaration;

        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.Equal("干渠防渗改造项目", form.ProjectName);
        Assert.Equal("乌恰县水利局", form.Department);
        Assert.Equal(8, form.Indicators.Count);
        Assert.Empty(form.OtherFields);
    }

    [Fact]
    public void OneCellPerLine_EmptyLineForABlankUnit_KeepsWeightAndDirectionInTheirColumns()
    {
        // 品牌会展项目影响力 | 定性 | 逐步提升 | (empty line: no unit) | 20% | 正向指标 (海南).
        var result = Read("west2-cells-blank-unit-line.txt");
        var form = result.Declaration;

        var brand = Named(form, "品牌会展项目影响力");
        Assert.Equal(("逐步提升", (string?)null, (decimal?)20m, (IndicatorDirection?)IndicatorDirection.Positive),
            (brand.Target.Text, brand.Unit, brand.Weight, brand.Direction));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Line == 60);
        Assert.Equal(6, form.Indicators.Count);
    }
}
