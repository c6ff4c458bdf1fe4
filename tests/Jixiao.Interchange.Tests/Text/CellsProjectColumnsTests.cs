using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Project columns before the indicator tree, one cell per line (项目名称 | 预算金额 | 年度目标 | 一级指标 …): a project's
/// cells before its first level 1 are the project's, not the next indicator's name and values; a second project is
/// reported, as in the tab version of the form.
public class CellsProjectColumnsTests
{
    [Theory]
    [InlineData("beijing-district-two-projects-cells.txt")]
    [InlineData("beijing-district-two-projects-cells-blanks-kept.txt")]
    public void ProjectCellsBeforeLevel1_OneCellPerLine_AreTheProjectsFields(string file)
    {
        var result = Read(file);
        var form = result.Declaration;

        Assert.Equal("平原造林养护经费", form.ProjectName);
        Assert.Equal(386m, form.Budget.CurrentYear?.Value);
        Assert.Equal("完成全区平原造林地块1.2万亩日常养护，苗木保存率不低于95%。", form.AnnualGoal);
        Assert.Equal(8, form.Indicators.Count);
        Assert.Equal(("产出指标", "数量指标", "养护面积", "≥12000亩"), Tree(form.Indicators[0]));
        Assert.Equal(("产出指标", "数量指标", "巡查次数", "≥48次"), Tree(form.Indicators[1]));
        // Three cells before a level 1 that are no project's (name, 定性, value; the unit's blank dropped).
        Assert.Equal(("效益指标", "社会效益指标", "群众休闲游憩条件改善", "明显改善"), Tree(form.Indicators[6]));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"), Tree(form.Indicators[7]));
        Assert.DoesNotContain(form.Indicators, i => i.Name.Contains("经费", StringComparison.Ordinal));
        Assert.Empty(form.OtherFields);
        var multiple = Assert.Single(result.Findings, f => f.Code == "MULTIPLE_PROJECTS");
        Assert.Contains("社区环境整治经费", multiple.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitAboveProjects_OneCellPerLine_IsTheDepartmentAndSecondProjectReported()
    {
        var result = Read("chengdu-units-projects-cells.txt");
        var form = result.Declaration;

        Assert.Equal("学前教育生均公用经费", form.ProjectName);
        Assert.Equal("成都市青羊区教育局", form.Department);
        Assert.Equal("保障公办幼儿园正常运转，落实生均公用经费标准。", form.AnnualGoal);
        Assert.Equal(["补助幼儿园数量", "资金拨付准确率", "学前教育毛入园率", "家长满意度"], form.Indicators.Select(i => i.Name));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"), Tree(form.Indicators[3]));
        Assert.Equal(30m, form.Indicators[3].Weight);
        Assert.Single(result.Findings, f => f.Code == "MULTIPLE_PROJECTS");
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }
}
