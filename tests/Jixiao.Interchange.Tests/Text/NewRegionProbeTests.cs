using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Layouts of regions probed in round 13: a Shaanxi county's Word form (佳县) whose title repeats on every page, the
/// 预算管理一体化 system's export (一级主管部门名称, 项目实施责任人, 总体目标 over 年度目标 | 项目期目标), and a city form
/// whose long-term table (总目标绩效指标) comes space-separated with level names that carry their explanation in brackets,
/// and a city review form (绩效目标评审申报表) whose label beside the table wraps onto the table's first row.
public class NewRegionProbeTests
{
    [Fact]
    public void RepeatedPageTitle_IsThePagesHeader_NotACellOrAnIndicator()
    {
        var result = Read("shaanxi-jiaxian-repeated-title-cells.txt");
        var form = result.Declaration;

        Assert.Equal("佳县财政支出项目绩效目标申报表", form.Title);
        Assert.DoesNotContain(form.Indicators, i => i.Name.Contains("申报表", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        // The tables either side of the repeated titles are still read whole, the long-term values beside the annual ones.
        Assert.Equal(("产出指标", "数量指标", "维修养护供水工程数量", "42处"), Tree(Named(form, "维修养护供水工程数量")));
        Assert.Equal("≥120处", Named(form, "维修养护供水工程数量").LongTermTarget!.Text);
        Assert.Equal("≥90%", Named(form, "受益群众满意度").Target.Text);
    }

    [Fact]
    public void FieldBelowTheTable_OneCellPerLine_EndsTheTable_AndIsKept()
    {
        var result = Read("shaanxi-jiaxian-repeated-title-cells.txt");
        var form = result.Declaration;

        Assert.Equal("无", Other(form, "其他说明的问题"));
        Assert.DoesNotContain(form.Indicators, i => i.Name == "其他说明的问题");
        // The signatures below it are read as fields again.
        Assert.Equal("张强", form.DepartmentHead);
        Assert.Equal(new DateOnly(2024, 1, 15), form.FiledOn);
    }

    [Fact]
    public void SystemExport_Labels_AreFields()
    {
        var result = Read("system-export-responsible-person-goal-columns-tabs.txt");
        var form = result.Declaration;

        Assert.Equal("示例市机关事务管理局", form.Department);
        Assert.Equal("刘建国", form.ProjectLead);
        Assert.Equal("0371-65551234", form.ContactPhone);
        // The unit that declares the project, below the department named beside it: kept under its label.
        Assert.Equal("示例市机关后勤服务中心", Other(form, "项目申报单位名称"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.Equal(7, form.Indicators.Count);
    }

    [Fact]
    public void GoalUnderItsColumn_TheOtherColumnLeftBlank_GoesToThatColumnsLabel()
    {
        var form = Read("system-export-responsible-person-goal-columns-tabs.txt").Declaration;

        // 总体目标 | 年度目标 | 项目期目标, the goal under 年度目标 and 项目期目标 blank: the annual goal, not the period's.
        Assert.Equal("完成机关办公区12.6万平方米物业保洁、秩序维护和设施设备运行维护，服务对象满意度不低于92%。", form.AnnualGoal);
        Assert.Null(form.OverallGoal);
    }

    [Fact]
    public void LongTermTable_SpaceSeparated_ValuesAreLongTermTargets()
    {
        var result = Read("city-long-term-table-bracketed-levels-spaces.txt");
        var form = result.Declaration;

        var events = Named(form, "公益文化活动场次");
        Assert.Equal("≥120场", events.Target.Text);
        Assert.Equal("≥360场", events.LongTermTarget!.Text);
        // A long-term row with no annual row of its name: its value is still its own, not glued to its name.
        var open = Named(form, "场馆免费开放率");
        Assert.Equal("100%", open.LongTermTarget!.Text);
        Assert.DoesNotContain(form.Indicators, i => i.Name.Contains('≥', StringComparison.Ordinal));
    }

    [Fact]
    public void LevelNameWithBracketedExplanation_IsTheLevel()
    {
        var result = Read("city-long-term-table-bracketed-levels-spaces.txt");
        var form = result.Declaration;

        // 效益指标（经济效益、社会效益、环境效益、可持续影响等方面指标）: longer than level names are, still the level 1.
        var participation = Named(form, "群众文化参与率");
        Assert.Equal("效益指标", participation.Level1);
        Assert.Equal("≥60%", participation.Target.Text);
        Assert.Equal("≥70%", participation.LongTermTarget!.Text);
        Assert.DoesNotContain(Checked(form), f => f.Code == "REQUIRED_CATEGORY");
    }

    [Fact]
    public void SideLabelWrappedOntoTheFirstRow_IsNoLevelOfThatRow()
    {
        var result = Read("city-review-form-wrapped-side-label-tabs.txt");
        var form = result.Declaration;

        // 九、项目年 on the heading's row, 度绩效目标 below it: the merged label beside the table, not a level 1.
        Assert.DoesNotContain(form.Indicators, i => i.Level1 == "度绩效目标");
        var period = Named(form, "项目总实施周期");
        Assert.Equal(("投入", "时效指标", "项目总实施周期", "8个月"), Tree(period));
        Assert.Equal("完成该项目所需时间", period.Explanation);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }
}
