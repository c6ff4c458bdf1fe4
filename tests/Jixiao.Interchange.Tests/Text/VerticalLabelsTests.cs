using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Text;

/// A label printed down a merged cell (年 / 度 / 目 / 标 beside 目标1 and 目标2, as the central 附2-2 template prints
/// 总体目标) reaches the text one character per row: the reader puts it back together.
public class VerticalLabelsTests
{
    private static readonly Lazy<ReadResult> Form = new(() => FormFile.Read(Samples.TestForm("vertical-goal-label.txt")));

    [Fact]
    public void VerticalGoalLabel_ItsRowsAreTheGoal()
    {
        var result = Form.Value;

        Assert.Equal("目标1：资助困难群众参加基本医疗保险。\n目标2：对救助对象政策范围内自付费用给予救助。", result.Declaration.AnnualGoal);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void VerticalGoalLabel_BeforeAVerticalTableLabel_LeavesTheTableWhole()
    {
        var form = Form.Value.Declaration;

        Assert.Equal(5, form.Indicators.Count);
        Assert.Equal(("产出指标", "时效指标", "救助资金发放时间", "2024年12月31日前"),
            (form.Indicators[2].Level1, form.Indicators[2].Level2, form.Indicators[2].Name, form.Indicators[2].Target.Text));
    }

    [Theory]
    // Grades one per row spell no label: they stay values.
    [InlineData("优\n良\n中\n")]
    // Two fragments that are no label, then a label's: only the label's run is joined.
    [InlineData("甲\t说明\n乙\t说明\n")]
    public void SingleCharacterRows_ThatSpellNoLabel_AreLeftAlone(string lines)
    {
        var text = "项目名称\t示例项目\n" + lines + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥300人次\n";

        var result = Jixiao.Interchange.Text.TextFormReader.Read(text, "grades.txt");

        Assert.Null(result.Declaration.AnnualGoal);
        Assert.Null(result.Declaration.OverallGoal);
        Assert.Equal("示例项目", result.Declaration.ProjectName);
    }
}
