using Jixiao.Domain.Budget;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Indicator tables printed by `pdftotext -layout`: cells padded to their columns, wrapped cells on continuation lines.
/// Each reads as the tab-separated form of the same table does.
public class PaddedSpacesTableTests
{
    [Fact]
    public void RegionColumnsUnderAMergedHeading_AreKeptPerRegion()
    {
        var result = Read("fujian-longyan-region-targets-layout-spaces.txt");
        var form = result.Declaration;
        // 区域目标值 is no heading the reader knows: read as tokens, the heading ended there and no indicator was read.
        Assert.Equal(6, form.Indicators.Count);
        Assert.Equal(("产出指标", "质量指标", "项目资金使用合规性", ">=95%"), Tree(Named(form, "项目资金使用合规性")));
        Assert.Equal(("产出指标", "时效指标", "资金下达及时性", "及时"), Tree(Named(form, "资金下达及时性")));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "宗教界人士满意度", ">=90%"), Tree(Named(form, "宗教界人士满意度")));
        // The name and the explanation wrapped onto the next line are whole again; each region keeps its own value.
        var count = Named(form, "宗教管理经费补助县（市、区）数量");
        Assert.Equal("反映补助县（市、区）数量情况", count.Explanation);
        Assert.Equal("区域目标值（新罗区）：2；区域目标值（永定区）：3；区域目标值（上杭县）：1", count.Remark);
        Assert.Equal("反映场所规范化管理提升情况", Named(form, "宗教活动场所规范化水平").Explanation);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Line >= 11);
    }

    [Fact]
    public void ProjectColumnsWrappedBesideTheIndicators_JoinTheirProject()
    {
        var result = Read("shandong-district-projects-funds-layout-spaces.txt");
        var form = result.Declaration;
        Assert.Equal(6, form.Indicators.Count);
        Assert.Equal(("产出指标", "数量指标", "补助幼儿园数量", "42所"), Tree(Named(form, "补助幼儿园数量")));
        Assert.Equal(("产出指标", "成本指标", "生均公用经费标准", "600元/生·年"), Tree(Named(form, "生均公用经费标准")));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"), Tree(Named(form, "家长满意度")));
        // The project's name and goal wrap onto the lines of its indicator rows: they are the project's, not indicators'.
        Assert.Equal("学前教育公用经费补助", form.ProjectName);
        Assert.Equal("保障全区42所幼儿园正常运转，生均公用经费按标准足额拨付。", form.AnnualGoal);
        Assert.Equal(new WanYuan(860m), form.Budget.Total);
        Assert.Equal("860.00", Other(form, "财政拨款"));
        Assert.Equal("0.00", Other(form, "其他资金"));
        // The next project, its amounts beside its name, starts a project of its own (whole name).
        Assert.Contains(result.Findings, f => f.Code == "MULTIPLE_PROJECTS" && f.Message.Contains("义务教育课后服务补助", StringComparison.Ordinal));
    }

    [Fact]
    public void SelfEvaluationColumnsBesideTheValue_StayInTheirColumns()
    {
        var result = Read("xiangyang-self-evaluation-layout-spaces.txt");
        var form = result.Declaration;
        Assert.Equal(5, form.Indicators.Count);
        var length = Named(form, "农村公路养护里程");
        Assert.Equal(("产出指标", "数量指标", "农村公路养护里程", "≥1200公里"), Tree(length));
        Assert.Equal(20m, length.Weight);
        // The heading 偏差原因分析及改进措施 wrapped its last character onto the next line: whole again, and no indicator.
        Assert.Equal("实际完成值：1185公里；得分：19；偏差原因分析及改进措施：部分路段汛期施工延误", length.Remark);
        var deadline = Named(form, "养护任务完成时间");
        Assert.Equal(("产出指标", "时效指标", "养护任务完成时间", "2023年12月底前"), Tree(deadline));
        Assert.Equal("实际完成值：2023年12月；得分：10", deadline.Remark);
        Assert.Equal(("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"), Tree(Named(form, "沿线群众满意度")));
        Assert.Equal("100 88", Other(form, "总分"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Line >= 15);
    }

    [Fact]
    public void ProgressPlanItemsInSpacedText_KeepTheirDatesApart()
    {
        var form = Read("city-progress-plan-items-spaces.txt").Declaration;
        // Read as one text, the name and both dates ran together ("1.公益文化活动组织2024年2月2024年12月").
        Assert.Equal(
            ["1.公益文化活动组织：2024年2月至2024年12月", "2.场馆免费开放运行：2024年1月至2024年12月", "3.流动服务点巡回：2024年3月至2024年11月，备注：每月不少于2次"],
            Others(form, "项目实施进度计划"));
        // The items' dates are not the project's.
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (form.StartDate, form.EndDate));
    }
}
