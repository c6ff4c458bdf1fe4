using Jixiao.Domain.Budget;
using Jixiao.Interchange.Text;
using Jixiao.Testing;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// A form copied as plain text with every row's cells run together, one table row per line (the seed's PDF copied
/// without tabs): each line of the table is one indicator, the value the token that ends it.
public class GluedTableLinesTests
{
    private const string SeedRunTogether = "nanchang-seed-run-together-lines.txt";

    // The level cells print on a level's first row only, and the names hold numbers of their own ("…≥4万人100%"): each
    // line is still one indicator, and only the last token is its value.
    [Fact]
    public void SeedRunTogether_OneRowPerLine_ReadsEveryIndicatorOfTheSeed()
    {
        var seed = FormFile.Read(Samples.NanchangSeed).Declaration;
        var form = Read(SeedRunTogether).Declaration;

        Assert.Equal(91, form.Indicators.Count);
        // The tab form keeps the value's inner space (2022年12 月31日前); run together, the line's spaces are gone.
        Assert.Equal(seed.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text.Replace(" ", "", StringComparison.Ordinal))),
            form.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text)));
        Assert.Equal(("产出指标", "数量指标", "“赣政通”南昌分厅市县区、开发区各部门组织架构人员信息采集导入≥4万人", "100%"), Tree(form.Indicators[9]));
    }

    // 质量 | 指标: the level cell broken by a page break, its 指标 starting the next line's row; 可持 续效 益 and
    // 服务 对象 满意 度: level cells wrapped inside the line, written without 指标.
    [Fact]
    public void SeedRunTogether_LevelCellsWrapped_GiveTheLevels()
    {
        var form = Read(SeedRunTogether).Declaration;

        Assert.Equal(("产出指标", "质量指标", "系统平台建设进度达标率", "100%"), Tree(Named(form, "系统平台建设进度达标率")));
        Assert.Equal(("产出指标", "质量指标", "工程建设验收合格率", "100%"), Tree(Named(form, "工程建设验收合格率")));
        Assert.Equal(("效益指标", "可持续影响指标", "助力城市管理、科学决策落实", "100%"), Tree(Named(form, "助力城市管理、科学决策落实")));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "信息数据管理人员满意度", "≥90%"), Tree(Named(form, "信息数据管理人员满意度")));
        Assert.Equal(("产出指标", "时效指标", "续建项目完成及时性", ""), Tree(Named(form, "续建项目完成及时性")));
    }

    // 合计3857.2910000 under 上年度资金 | 本年度资金: the form prints its amounts with two decimals (项目总预算13857.29), so
    // the first amount ends two digits after its point.
    [Fact]
    public void SeedRunTogether_TwoAmountsRunTogether_SplitByTheFormsDecimals()
    {
        var result = Read(SeedRunTogether);
        var total = Assert.Single(result.Declaration.FundSources);

        Assert.Equal((FundSourceNames.Total, new WanYuan(3857.29m), new WanYuan(10000m)), (total.Name, total.PriorYear, total.CurrentYear));
        var sameLevel = total.Children[0].Children.Single(s => s.Name == FundSourceNames.SameLevel);
        Assert.Equal((new WanYuan(3857.29m), new WanYuan(10000m)), (sameLevel.PriorYear, sameLevel.CurrentYear));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    // 市财政局 业务科 审核意见审核人（盖章）： 年 月 日: the review boxes below the table, not indicators.
    [Fact]
    public void SeedRunTogether_ReviewRows_ReadAsReviewBoxes()
    {
        var form = Read(SeedRunTogether).Declaration;

        Assert.Equal(["主管部门审核意见", "市财政局业务科审核意见", "市财政公共服务中心绩效评价科审核意见", "市财政局归口科室审核意见"],
            form.Reviews.Select(r => r.Label));
        Assert.DoesNotContain(form.Indicators, i => i.Name.Contains("审核", StringComparison.Ordinal));
    }

    // Guangyuan's (四川) 项目支出绩效目标申报表 copied line by line: the heading ends with its value column's bracketed
    // note (指标值(包含数字及文字描述)), level cells break inside the cell ("项目效益" / "指标"), and the values are a
    // period range and a month's end (2022年1月-12月, 12月底到位).
    [Fact]
    public void GuangyuanRunTogether_HeadingNoteAndWrappedLevels_ReadsEachIndicator()
    {
        var result = Read("sichuan-guangyuan-run-together-lines.txt");

        Assert.Equal(
        [
            ("产出指标", "数量指标", "奖励扶助对象人数", "405人"),
            ("产出指标", "质量指标", "扶助对象资格审核准确率", "100%"),
            ("产出指标", "时效指标", "项目实施时间", "2022年1月-12月"),
            ("产出指标", "时效指标", "资金拨付", "12月底到位"),
            ("产出指标", "成本指标", "人均奖励扶助标准", "≤1200元/人"),
            ("效益指标", "社会效益指标", "促进计划生育家庭发展能力提升", "100%"),
            ("效益指标", "可持续影响指标", "扶助政策持续实施", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "社会满意度", "≥85%"),
        ], result.Declaration.Indicators.Select(Tree));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    // "1、一般公共预算48.60": the 1 is the row's numbering, not an amount before the source's name.
    [Fact]
    public void GuangyuanRunTogether_NumberedFundRows_ReadAsSources()
    {
        var funds = Read("sichuan-guangyuan-run-together-lines.txt").Declaration.FundSources;
        var fiscal = funds.SelectMany(f => f.Children.Prepend(f)).Single(f => f.Name == FundSourceNames.FiscalAppropriation);

        Assert.Equal(new WanYuan(48.60m), fiscal.CurrentYear);
        Assert.Equal([("一般公共预算", new WanYuan(48.60m)), ("政府性基金", new WanYuan(0m)), ("国有资本经营预算", new WanYuan(0m))],
            fiscal.Children.Select(c => (c.Name, c.CurrentYear!.Value)));
    }

    [Theory]
    [InlineData("3857.2910000", 2, "3857.29", "10000")]
    [InlineData("96.5012.00", 2, "96.50", "12.00")]
    [InlineData("12.345610000", 4, "12.3456", "10000")]
    public void GluedAmounts_DecimalsKnown_CutAfterThem(string run, int decimals, string first, string second) =>
        Assert.Equal((first, second), GluedAmounts.Split(run, decimals));

    // An integer first amount says nothing of where it ends; a second amount cannot start with 0 or print other decimals.
    [Theory]
    [InlineData("100003857.29")]
    [InlineData("3857.29010000")]
    [InlineData("3857.2910000.5")]
    [InlineData("3857.29")]
    public void GluedAmounts_CutNotDeterminable_LeftWhole(string run) => Assert.Null(GluedAmounts.Split(run, 2));
}
