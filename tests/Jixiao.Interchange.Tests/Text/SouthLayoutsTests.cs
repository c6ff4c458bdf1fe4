using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Southern regions' layouts (Guangdong, Hubei, Sichuan) and documents that look like a project's declaration but are
/// not one: a department budget disclosure (部门预算公开) printing several projects' forms one after another.
public class SouthLayoutsTests
{
    [Fact]
    public void BudgetDisclosure_SecondProjectsLabel_EndsTheFirstProject_AndIsReported()
    {
        var result = Read("south-disclosure-projects-one-after-another-spaces.txt");
        var form = result.Declaration;

        Assert.Equal("高标准农田建设管护经费", form.ProjectName);
        // Only the first project's indicators: the next projects' rows are not mixed into its table.
        Assert.Equal(["管护农田面积", "灌排设施完好率", "亩均增产", "农户满意度"], form.Indicators.Select(i => i.Name));
        var multiple = Assert.Single(result.Findings, f => f.Code == "MULTIPLE_PROJECTS");
        Assert.Contains("动物疫病防控经费", multiple.Message, StringComparison.Ordinal);
        Assert.Empty(Others(form, "项目名称"));
    }
}
