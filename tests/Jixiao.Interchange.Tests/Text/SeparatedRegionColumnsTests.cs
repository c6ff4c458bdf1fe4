using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Indicator tables in `|` rows and space-separated tokens whose columns the tab reading already knows: 区域目标值 split
/// into a column per region (Fujian's transfer forms); tab rows whose empty sign and unit cells were dropped; space
/// rows with an empty cell beside the value.
public class SeparatedRegionColumnsTests
{
    public static TheoryData<string> RegionPipeForms => new()
    {
        "fujian-longyan-region-targets-pipes.txt",
        "fujian-longyan-region-targets-web-pipes.txt",
    };

    [Theory]
    [MemberData(nameof(RegionPipeForms))]
    public void RegionSubHeadingInPipes_IsColumnsNotAnIndicator(string file)
    {
        var result = Read(file);
        var form = result.Declaration;
        // The row 新罗区 | 永定区 | 上杭县 was read as an indicator named 新罗区, and every row after it lost its values.
        Assert.Equal(6, form.Indicators.Count);
        Assert.DoesNotContain(form.Indicators, i => i.Name == "新罗区");
        Assert.Equal(("产出指标", "质量指标", "项目资金使用合规性", ">=95%"), Tree(Named(form, "项目资金使用合规性")));
        Assert.Equal(("产出指标", "时效指标", "资金下达及时性", "及时"), Tree(Named(form, "资金下达及时性")));
        var count = Named(form, "宗教管理经费补助县（市、区）数量");
        Assert.Equal("区域目标值（新罗区）：2；区域目标值（永定区）：3；区域目标值（上杭县）：1", count.Remark);
        Assert.Equal("反映补助县（市、区）数量情况", count.Explanation);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Line >= 11);
    }

    [Fact]
    public void TabRowsWithSignAndUnitDropped_ValueScoreAndRemark_StayInTheirColumns()
    {
        var result = Read("collapsed-sign-and-unit-cells-tabs.txt");
        var form = result.Declaration;
        // The deadline went to the sign column and "10未按期完成不得分" was read as the value.
        var deadline = Named(form, "培训完成时间");
        Assert.Equal(("2025年10月31日前", null, 10m, "未按期完成不得分", null),
            (deadline.Target.Text, deadline.Operator, deadline.Weight, deadline.Remark, deadline.Unit));
        var worded = Named(form, "基层治理能力提升");
        Assert.Equal(("明显提升", null, 20m, null), (worded.Target.Text, worded.Operator, worded.Weight, worded.Unit));
        // Rows that keep their cells are read as before.
        var trained = Named(form, "培训基层干部人次");
        Assert.Equal(("≥1200人次", "人次", 20m, "按签到统计"), (trained.Target.Text, trained.Unit, trained.Weight, trained.Remark));
        Assert.Equal(6, form.Indicators.Count);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Code is "VALUE_UNPARSEABLE" or "UNIT_MISSING");
    }

    [Fact]
    public void SpaceRowsWithAnEmptyCellBeforeOrAfterTheValue_KeepTheirColumns()
    {
        var form = Read("shandong-empty-middle-cells-spaces.txt").Declaration;
        // No 指标解释: the row was read as the name "推广主推技术数量≥20项每少1项扣1分" with the value 10.
        var techniques = Named(form, "推广主推技术数量");
        Assert.Equal(("≥20项", null, "每少1项扣1分", 10m),
            (techniques.Target.Text, techniques.Explanation, techniques.ScoringRule, techniques.Weight));
        // No 指标解释 and no 评（扣）分标准: the last number is the score.
        var timely = Named(form, "资金拨付及时率");
        Assert.Equal(("产出指标", "时效指标", "资金拨付及时率", "100%"), Tree(timely));
        Assert.Equal((null, null, 10m), (timely.Explanation, timely.ScoringRule, timely.Weight));
        // Full rows are read as before.
        Assert.Equal("按验收基地数统计", Named(form, "建设农业科技示范基地数量").Explanation);
        Assert.Equal(7, form.Indicators.Count);
    }
}
