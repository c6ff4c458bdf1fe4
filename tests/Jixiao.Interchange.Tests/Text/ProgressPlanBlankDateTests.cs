using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Hunan's 项目实施进度计划 with a blank 开始时间 or 完成时间 kept by the extraction (a line of spaces one cell per line,
/// a gap between tab cells): the date that is there is said with its heading, not read as the start.
public class ProgressPlanBlankDateTests
{
    [Fact]
    public void PlanCells_BlankStartOrEndDate_TheOtherDateKeepsItsHeading()
    {
        var form = Read("hunan-plan-blank-date-cells.txt").Declaration;

        Assert.Equal(
        [
            "1.选址与设计：2025年2月至2025年3月",
            "2.广场施工：完成时间：2025年10月",
            "3.配套器材安装：开始时间：2025年9月",
            "4.验收移交：2025年11月至2025年12月",
        ], Others(form, "项目实施进度计划"));
        // The plan's dates are the items', not the project's.
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (form.StartDate, form.EndDate));
        Assert.Equal(9, form.Indicators.Count);
    }

    [Fact]
    public void PlanTabs_BlankStartDateBetweenCells_EndDateKeepsItsHeading()
    {
        var form = Read("hunan-plan-blank-date-tabs.txt").Declaration;

        var items = Others(form, "项目实施进度计划");
        Assert.Equal("2.广场施工：完成时间：2025年10月", items[1]);
        Assert.Equal("4.验收移交：2025年11月至2025年12月", items[3]);
    }
}
