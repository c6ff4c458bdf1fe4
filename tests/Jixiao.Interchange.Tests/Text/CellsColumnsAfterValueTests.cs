using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// One cell per line under a heading with columns after the value (评（扣）分标准 | 分值, 实际完成值 | 分值 | 得分): a
/// score rule or an actual value followed by the score is this row's, not the next indicator's name and value.
public class CellsColumnsAfterValueTests
{
    [Fact]
    public void ScoreRuleThenScore_OneCellPerLine_StayInTheirRow()
    {
        var form = Read("shandong-explain-score-rule-cells.txt").Declaration;

        Assert.Equal(6, form.Indicators.Count);
        Assert.DoesNotContain(form.Indicators, i => i.Name.Contains('扣') || i.Name.Contains("得分", StringComparison.Ordinal));
        var first = Named(form, "支持重点研发项目数");
        Assert.Equal(("产出指标", "数量指标", "支持重点研发项目数", "≥120项"), Tree(first));
        Assert.Equal("按立项数量统计", first.Explanation);
        Assert.Equal("每少1项扣0.5分", first.ScoringRule);
        Assert.Equal(20m, first.Weight);
        var cost = Named(form, "单个项目平均支持强度");
        Assert.Equal(("产出指标", "成本指标", "单个项目平均支持强度", "≤30万元"), Tree(cost));
        Assert.Equal("超出不得分", cost.ScoringRule);
        Assert.Equal(10m, cost.Weight);
        var last = Named(form, "项目承担单位满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标", "项目承担单位满意度", "≥90%"), Tree(last));
        Assert.Equal("每低1个百分点扣1分", last.ScoringRule);
        Assert.Equal(20m, last.Weight);
    }

    [Fact]
    public void ActualValueThenScore_BlankCellsDropped_StayInTheirRow()
    {
        var form = Read("xiangyang-self-evaluation-actual-score-cells.txt").Declaration;

        Assert.Equal(
            ["农村公路养护里程", "优良路率", "养护任务完成时间", "农村群众出行条件", "沿线群众满意度"],
            form.Indicators.Select(i => i.Name));
        var first = Named(form, "农村公路养护里程");
        Assert.Equal(("产出指标", "数量指标", "农村公路养护里程", "≥1200公里"), Tree(first));
        Assert.Equal(20m, first.Weight);
        Assert.Contains("实际完成值：1185公里", first.Remark, StringComparison.Ordinal);
        Assert.Contains("得分：19", first.Remark, StringComparison.Ordinal);
        var quality = Named(form, "优良路率");
        Assert.Equal(("产出指标", "质量指标", "优良路率", "≥80%"), Tree(quality));
        Assert.Equal(15m, quality.Weight);
        Assert.Contains("实际完成值：82%", quality.Remark, StringComparison.Ordinal);
        var satisfaction = Named(form, "沿线群众满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"), Tree(satisfaction));
        Assert.Equal(15m, satisfaction.Weight);
    }

    [Fact]
    public void BlankValueDropped_NextNameThenValue_StartsTheNextRow()
    {
        var form = Read("nanchang-seed-cells-blank-cells-dropped.txt").Declaration;

        Assert.Equal(91, form.Indicators.Count);
        var blank = Named(form, "续建项目完成及时性");
        Assert.Equal("时效指标", blank.Level2);
        Assert.Equal("", blank.Target.Text);
        Assert.Equal(("产出指标", "时效指标", "新开工项目完成及时性", "2022年12 月31日前"), Tree(Named(form, "新开工项目完成及时性")));
        Assert.Equal(("产出指标", "时效指标", "运维项目完成及时性", "2022年12 月31日前"), Tree(Named(form, "运维项目完成及时性")));
        Assert.Equal("", Named(form, "改善工作服务环境").Target.Text);
        Assert.Equal("100%", Named(form, "优化营商环境").Target.Text);
    }
}
