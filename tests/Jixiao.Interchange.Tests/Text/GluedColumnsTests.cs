using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Run-together text whose heading prints columns after the value (单位, 权重/分值, 指标方向): each indicator is cut
/// into the heading's columns by what each column can hold.
public class GluedColumnsTests
{
    // Hainan's 项目绩效目标表 run into one line: 绩效指标性质 | 绩效指标值 | 绩效度量单位 | 权重 | 指标方向性 after the name
    // ("文化惠民演出场次≥120场20%正向指标").
    [Fact]
    public void HainanRunTogether_ColumnsAfterValue_ReadIntoTheirMembers()
    {
        var result = Read("hainan-run-together-columns-after-value.txt");
        var form = result.Declaration;

        Assert.Equal(
        [
            ("产出指标", "数量指标", "文化惠民演出场次", "≥120场"),
            ("产出指标", "数量指标", "送戏下乡覆盖乡镇数", "≥200个"),
            ("产出指标", "质量指标", "演出验收合格率", "=100%"),
            ("产出指标", "时效指标", "补助资金拨付时间", "≤45日"),
            ("产出指标", "成本指标", "单场演出补助标准", "≤3.5万元/场"),
            ("效益指标", "社会效益指标", "基层群众文化获得感", "逐步提升"),
            ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%"),
        ], form.Indicators.Select(Tree));
        var shows = Named(form, "文化惠民演出场次");
        Assert.Equal(("场", 20m, IndicatorDirection.Positive), (shows.Unit, shows.Weight, shows.Direction));
        var payment = Named(form, "补助资金拨付时间");
        Assert.Equal(("日", 10m, IndicatorDirection.Reverse), (payment.Unit, payment.Weight, payment.Direction));
        Assert.Equal("万元/场", Named(form, "单场演出补助标准").Unit);
        Assert.Equal((20m, IndicatorDirection.Positive), (Named(form, "基层群众文化获得感").Weight, Named(form, "基层群众文化获得感").Direction));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    // Qinghai's rows each run together on their own line, under 指标值 | 计量单位 | 分值: the unit and the score follow the
    // value ("维修改造供水工程数量≥36处20"), and a worded value ends its name ("…保障水平明显提升20").
    [Fact]
    public void GluedLines_UnitAndScoreAfterValue_ReadAsUnitAndWeight()
    {
        var result = Read("qinghai-glued-lines-unit-weight-columns.txt");
        var form = result.Declaration;

        Assert.Equal(7, form.Indicators.Count);
        Assert.Equal([20m, 15m, 10m, 10m, 20m, 10m, 10m], form.Indicators.Select(i => i.Weight ?? 0));
        Assert.Equal(("处", "≥36处"), (Named(form, "维修改造供水工程数量").Unit, Named(form, "维修改造供水工程数量").Target.Text));
        Assert.Equal("2024年10月31日前", Named(form, "工程完工时间").Target.Text);
        Assert.Equal(("万元/处", "≤35万元/处"), (Named(form, "单处工程改造补助").Unit, Named(form, "单处工程改造补助").Target.Text));
        var worded = Named(form, "农牧区饮水安全保障水平");
        Assert.Equal(("效益指标", "社会效益指标", "明显提升"), (worded.Level1, worded.Level2, worded.Target.Text));
        Assert.DoesNotContain(Checked(form), f => f.Code is "UNIT_MISSING" or "MISSING_VALUE");
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    // Qinghai's rows run together with only a value column: "农牧区群众就医可及性明显改善" is a name and its worded value.
    [Fact]
    public void GluedLines_WordedValueRunIntoName_SplitOffAsTheTarget()
    {
        var form = Read("west-glued-lines.txt").Declaration;

        var access = Named(form, "农牧区群众就医可及性");
        Assert.Equal(("社会效益指标", "明显改善"), (access.Level2, access.Target.Text));
        Assert.DoesNotContain(Checked(form), f => f.Code == "MISSING_VALUE");
    }
}
