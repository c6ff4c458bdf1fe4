using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// A self-evaluation's or monitoring form's goal row (年度总体目标 | 预期目标 | 实际完成情况, 年度总体目标 | 年初设定目标 |
/// 1-7月执行情况) and the row of its texts, in the layouts other than tabs and pipes: one cell per line (the label, the
/// headings one per line, the texts one per line) and space-separated text (the headings and the texts side by side, a
/// text wrapped onto an indented line). The set goal's text is the annual goal; the other text is kept under its heading.
public class GoalReportLayoutsTests
{
    [Theory]
    [InlineData("xiangyang-self-evaluation-actual-score-cells.txt", "完成农村公路养护里程1200公里，优良路率达到80%。", "实际完成情况", "完成养护里程1185公里，优良路率82%。")]
    [InlineData("xinjiang-monitoring-set-goal-cells.txt", "免除南疆四地州学前三年幼儿保教费，惠及幼儿约60万人。", "1-7月执行情况", "已拨付春季学期资金，惠及幼儿58.6万人。")]
    [InlineData("xiangyang-self-evaluation-layout-spaces.txt", "完成农村公路养护里程1200公里，优良路率达到80%。", "实际完成情况", "完成养护里程1185公里，优良路率82%。")]
    [InlineData("hubei-yichang-self-evaluation-goal-spaces.txt", "建成垃圾分类示范小区30个，生活垃圾无害化处理率达到100%。", "实际完成情况", "建成示范小区28个，无害化处理率达到100%，居民分类知晓率90%。")]
    public void GoalOverSetAndReportHeadings_NotInCells_SetGoalIsTheAnnualGoal_ReportIsKept(string file, string goal, string heading, string report)
    {
        var result = Read(file);
        var form = result.Declaration;

        Assert.Equal(goal, form.AnnualGoal);
        Assert.Equal(report, Other(form, heading));
        // The headings and the texts are all read (a fund table's cells elsewhere on the form are not this test's).
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && (f.Message.Contains(heading, StringComparison.Ordinal)
            || f.Message.Contains("目标」", StringComparison.Ordinal) || f.Message.Contains(goal[..6], StringComparison.Ordinal)
            || f.Message.Contains(report[..6], StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("xiangyang-self-evaluation-layout-spaces.txt", "实际完成情况", "优良路率82%。", 5)]
    [InlineData("hubei-yichang-self-evaluation-goal-spaces.txt", "实际完成情况", "无害化处理率达到100%，居民分类知晓率90%。", 4)]
    public void GoalRowInSpaces_ReportWrapsMidSentence_TheIndentedLineEndsTheReport_NotTheGoal(string file, string heading, string reportEnd, int indicators)
    {
        var form = Read(file).Declaration;

        Assert.EndsWith(reportEnd, Other(form, heading), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", form.AnnualGoal, StringComparison.Ordinal);
        Assert.Equal(indicators, form.Indicators.Count);
    }
}
