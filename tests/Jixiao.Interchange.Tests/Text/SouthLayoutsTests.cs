using Jixiao.Domain.Budget;
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

    [Fact]
    public void DepartmentWideForm_ReadsWhatFits_AndSaysWhatKindOfFormItIs()
    {
        var result = Read("south-department-wide-form-tabs.txt");
        var form = result.Declaration;

        Assert.Equal("珠海市香洲区文化广电旅游体育局", form.Department);
        Assert.StartsWith("全面提升公共文化服务效能", form.AnnualGoal, StringComparison.Ordinal);
        // 年度预算申请 is the department's money; a task's 预算金额 (820) is not the budget.
        Assert.Equal(new WanYuan(3560), form.Budget.Total);
        var root = Assert.Single(form.FundSources);
        Assert.Equal([("财政拨款", 3400m), ("其他资金", 160m)], root.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.Equal("主要内容 开展送戏下乡、全民阅读等活动；预算金额 820", Other(form, "年度主要任务：公共文化服务"));
        Assert.Equal(5, form.Indicators.Count);
        Assert.Contains(result.Findings, f => f.Code == "NOT_A_PROJECT_FORM" && f.Message.Contains("部门整体", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Code == "FUND_SOURCE_MATCH");
    }

    [Fact]
    public void SelfEvaluationForm_ActualValuesStayOutOfTheTargets_AndTheFormIsNamed()
    {
        var result = Read("south-self-evaluation-form-tabs.txt");
        var form = result.Declaration;

        var mileage = Named(form, "农村公路养护里程");
        Assert.Equal(("产出指标", "数量指标", "农村公路养护里程", "≥1200公里"), Tree(mileage));
        Assert.StartsWith("实际完成值：1185公里；得分：19", mileage.Remark, StringComparison.Ordinal);
        Assert.Equal("≥90%", Named(form, "沿线群众满意度").Target.Text);
        Assert.Contains(result.Findings, f => f.Code == "NOT_A_PROJECT_FORM" && f.Message.Contains("自评", StringComparison.Ordinal));
    }

    [Fact]
    public void SelfEvaluationForm_TotalScoreRow_IsNoIndicator()
    {
        var form = Read("south-self-evaluation-form-tabs.txt").Declaration;

        Assert.Equal(5, form.Indicators.Count);
        Assert.Equal("100 88", Other(form, "总分"));
        Assert.DoesNotContain(Checked(form), f => f.Code == "MISSING_VALUE");
    }

    [Fact]
    public void MarkdownWebTable_RulesUnderHeadings_AreNoCells()
    {
        var result = Read("south-markdown-table-rules-pipes.txt");
        var form = result.Declaration;

        Assert.Equal("城市道路桥梁养护经费", form.ProjectName);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.Empty(form.OtherFields);
        Assert.Equal(("产出指标", "数量指标", "养护道路面积", "≥320万平方米"), Tree(form.Indicators[0]));
        Assert.Equal(5, form.Indicators.Count);
    }

    [Fact]
    public void BudgetDisclosure_ChapterHeadingBeforeTheFormsTitle_TitleIsNoGoal()
    {
        var form = Read("south-disclosure-projects-one-after-another-spaces.txt").Declaration;

        // 第三部分 绩效目标, then 项目支出绩效目标表: the goal is the project's own 绩效目标 line, not the form's title.
        Assert.Equal("完成高标准农田管护面积2.1万亩。", form.AnnualGoal);
        Assert.Equal("项目支出绩效目标表", Other(form, "绩效目标"));
    }
}
