using Jixiao.Domain.Budget;
using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Known defects of the text reader left by probe 13: indicator names that keep their printed numbering, 上年结转资金
/// read as this year's money, titles ending in 绩效目标公开, descriptions under 定量指标/定性指标 taken as names, and a
/// long-term-only table whose one value column is the annual one.
public class KnownReaderDefectsTests
{
    private static readonly Lazy<ReadResult> Numbered = new(() => Read("city-numbered-indicator-names-spaces.txt"));

    // ── Printed numbering before indicator names (1. 2、 （3） ①), a spaced city form ──

    [Theory]
    [InlineData("数量指标", "政务热线坐席数", "≥120个")]
    [InlineData("数量指标", "5G基站配套机房建设数量", "≥30个")]
    [InlineData("数量指标", "12345热线话务承接量", "≥60万件")]
    [InlineData("质量指标", "平台升级验收合格率", "100%")]
    [InlineData("质量指标", "2022年存量工单办结率", "≥98%")]
    [InlineData("成本指标", "坐席运维单价", "≤1.2万元/个")]
    [InlineData("社会效益指标", "热线按时办结率", "≥95%")]
    [InlineData("服务对象满意度指标", "群众满意度", "≥90%")]
    public void NumberedIndicatorName_DropsItsNumbering(string level2, string name, string target)
    {
        var indicator = Named(Numbered.Value.Declaration, name);
        Assert.Equal((level2, target), (indicator.Level2, indicator.Target.Text));
    }

    [Fact]
    public void NameStartingWithContentNumberOrStar_KeepsIt()
    {
        var names = Numbered.Value.Declaration.Indicators.Select(i => i.Name).ToArray();
        Assert.Contains("2024年底前完成平台升级", names);
        // ★ marks a core indicator; the model has no member for it, so it is kept as printed (decision 0010).
        Assert.Contains("★政务云资源使用率", names);
        Assert.Equal(10, names.Length);
        Assert.DoesNotContain(names, n => n[0] is '①' or '②' or '（' || n.StartsWith("1.", StringComparison.Ordinal));
    }

    // ── 上年结转资金 in a budget on one line: the carry-over, as 上年结转 is ──

    [Theory]
    [InlineData("qinghai-fund-line-long-carry-over-spaces.txt", "本年财政拨款", 450, 400, 50)]
    [InlineData("county-fund-sentence-long-carry-over.txt", "本年申请", 300, 260, 40)]
    public void LongCarryOverSpellingOnOneLine_IsTheCarryOver(string file, string request, int total, int current, int carried)
    {
        var result = Read(file);
        var form = result.Declaration;

        Assert.Equal((new WanYuan(total), new WanYuan(current), new WanYuan(carried)),
            (form.Budget.Total, form.Budget.CurrentYear, form.Budget.CarryOver));
        var sum = Assert.Single(form.FundSources);
        Assert.Equal(((WanYuan?)new WanYuan(carried), (WanYuan?)new WanYuan(current)), (sum.PriorYear, sum.CurrentYear));
        Assert.Equal((request, (WanYuan?)null, (WanYuan?)new WanYuan(current)), (sum.Children[0].Name, sum.Children[0].PriorYear, sum.Children[0].CurrentYear));
        Assert.Equal(("上年结转资金", (WanYuan?)new WanYuan(carried), (WanYuan?)null), (sum.Children[1].Name, sum.Children[1].PriorYear, sum.Children[1].CurrentYear));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Code is "FUND_SOURCE_SUM" or "FUND_SOURCE_MATCH" or "BUDGET_SUM");
    }

    // ── A title ending in 绩效目标公开 (a bureau's disclosure page) ──

    [Fact]
    public void TitleEndingInTargetsDisclosure_IsTheTitleAndGivesTheYear()
    {
        var form = Read("city-bureau-targets-disclosure-title-pipes.txt").Declaration;
        Assert.Equal("2024年示例市住房和城乡建设局项目支出绩效目标公开", form.Title);
        Assert.Equal(2024, form.Year);
        Assert.Equal("老旧小区改造配套设施建设", form.ProjectName);
        Assert.Equal(4, form.Indicators.Count);
    }

    // ── 定量指标/定性指标描述 beside a 绩效目标内容 cell merged over two rows (a city's 绩效目标评审申报表) ──

    private static readonly Lazy<ReadResult> MergedContent = new(() => Read("city-review-form-merged-goal-content-tabs.txt"));

    [Fact]
    public void DescriptionUnderMergedContent_WithoutNameOfItsOwn_IsTheValueOfTheContent()
    {
        var form = MergedContent.Value.Declaration;
        Assert.Equal(7, form.Indicators.Count);
        Assert.Equal(("产出指标", "数量指标", "项目期内计划产出的产品或提供服务的数量", "新建无障碍厕位全部按标准配置"), Tree(form.Indicators[1]));
        Assert.Equal(("提升改造公厕", "42座"), (form.Indicators[0].Name, form.Indicators[0].Target.Text));
    }

    [Fact]
    public void DescriptionUnderMergedContent_WithNameAndDeadline_IsSplitAndKeepsTheContent()
    {
        var pumpRoom = MergedContent.Value.Declaration.Indicators[4];
        Assert.Equal(("产出指标", "时效指标", "主体改造", "2018年9月底前完成"), Tree(pumpRoom));
        Assert.Equal(TargetKind.Deadline, pumpRoom.Target.Kind);
        Assert.Equal("完成该项目所需时间", pumpRoom.Explanation);
    }

    [Fact]
    public void DescriptionUnderMergedContent_NoValueIsMissing() =>
        Assert.DoesNotContain(Checked(MergedContent.Value.Declaration), f => f.Code == "MISSING_VALUE");

    // ── A disclosure that prints only its 中长期绩效指标 (one value column, under the long-term heading) ──

    [Fact]
    public void TableOfLongTermIndicatorsOnly_ReadsLongTermValues_AndReportsTheMissingAnnualValuesOnce()
    {
        var form = Read("zhejiang-district-long-term-indicators-only-cells.txt").Declaration;

        Assert.Equal(5, form.Indicators.Count);
        Assert.All(form.Indicators, i => Assert.Equal(TargetKind.Missing, i.Target.Kind));
        Assert.Equal("≥42万人", Named(form, "参保人数").LongTermTarget?.Text);
        var missing = Assert.Single(Checked(form), f => f.Code == "MISSING_VALUE");
        Assert.Equal("indicators", missing.Location);
        Assert.Contains("5条指标只有长期指标值", missing.Message, StringComparison.Ordinal);
    }
}
