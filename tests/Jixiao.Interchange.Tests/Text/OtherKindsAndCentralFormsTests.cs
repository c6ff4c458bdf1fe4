using Jixiao.Domain.Budget;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Layouts probed in round 14: forms a budget unit feeds the importer beside its declaration — an in-year monitoring
/// form (绩效监控表, Xinjiang) whose columns carry the reporting period (1-7月执行情况), a target adjustment request
/// (绩效目标调整申请表, Tibet) — a central department's form (中央部门项目支出绩效目标申报表) with 中期资金总额 |
/// 年度资金总额 column headings, a Henan budget book whose first form's title carries the book's table number, and
/// Guizhou's 本年财政拨款 among the sources, one cell per line.
public class OtherKindsAndCentralFormsTests
{
    [Fact]
    public void MonitoringForm_PeriodHeadings_ReadAsColumns_TargetsFromTheYearsValues()
    {
        var result = Read("xinjiang-monitoring-period-columns-tabs.txt");
        var form = result.Declaration;

        Assert.Equal(5, form.Indicators.Count);
        Assert.Equal(("产出指标", "数量指标", "资助幼儿人数", "≥60万人"), Tree(Named(form, "资助幼儿人数")));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥90%"), Tree(Named(form, "受助家庭满意度")));
        // The execution so far, the year's forecast and the deviation's cause are no targets: kept under their headings.
        Assert.Equal("1-7月执行情况：65%；全年预计完成情况：100%；偏差原因分析：秋季学期资金9月拨付", Named(form, "资金拨付及时率").Remark);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Line >= 11);
    }

    [Fact]
    public void MonitoringForm_FieldsBelowTheTable_AreKept_AndTheKindIsSaid()
    {
        var result = Read("xinjiang-monitoring-period-columns-tabs.txt");
        var form = result.Declaration;

        Assert.Equal("无", Other(form, "偏差大或目标完成可能性小的原因分析"));
        Assert.Equal("按时拨付秋季学期资金。", Other(form, "下一步改进措施"));
        Assert.DoesNotContain(form.Indicators, i => i.Name.Contains("原因分析", StringComparison.Ordinal));
        var kind = Assert.Single(result.Findings, f => f.Code == "NOT_A_PROJECT_FORM");
        Assert.Contains("绩效监控表", kind.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xinjiang-monitoring-period-columns-tabs.txt", "免除南疆四地州学前三年幼儿保教费，惠及幼儿约60万人。", "1-7月执行情况", "已拨付春季学期资金，惠及幼儿58.6万人。")]
    [InlineData("south-self-evaluation-form-tabs.txt", "完成农村公路养护里程1200公里，优良路率达到80%。", "实际完成情况", "完成养护里程1185公里，优良路率82%。")]
    public void GoalOverSetAndReportHeadings_SetGoalIsTheAnnualGoal_ReportIsKept(string file, string goal, string heading, string report)
    {
        var result = Read(file);
        var form = result.Declaration;

        Assert.Equal(goal, form.AnnualGoal);
        Assert.Equal(report, Other(form, heading));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && (f.Message.Contains(goal, StringComparison.Ordinal)
            || f.Message.Contains(heading, StringComparison.Ordinal)));
    }

    [Fact]
    public void AdjustmentRequest_TargetIsTheAdjustedValue_TheFormerOneInTheRemark()
    {
        var result = Read("xizang-adjustment-before-after-cells.txt");
        var form = result.Declaration;

        Assert.Equal(5, form.Indicators.Count);
        Assert.Equal(("产出指标", "数量指标", "巩固提升供水工程数量", "≥32处"), Tree(Named(form, "巩固提升供水工程数量")));
        Assert.Equal("调整前指标值：≥40处；调整理由：8处工程推迟实施", Named(form, "巩固提升供水工程数量").Remark);
        Assert.Equal("2024年11月底前", Named(form, "工程完工时间").Target.Text);
        Assert.DoesNotContain(Checked(form), f => f.Code == "MISSING_VALUE");
        Assert.Equal("部分工程因高海拔施工期短推迟至下一年度实施，相应调减年度资金和产出指标。", Other(form, "调整原因"));
        var kind = Assert.Single(result.Findings, f => f.Code == "NOT_A_PROJECT_FORM");
        Assert.Contains("绩效目标调整申请表", kind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetBook_NextFormsTitleWithoutTheBooksTableNumber_IsNoIndicator()
    {
        var result = Read("henan-disclosure-book-number-title-tabs.txt");
        var form = result.Declaration;

        Assert.Equal(8, form.Indicators.Count);
        Assert.DoesNotContain(form.Indicators, i => i.Name.Contains("绩效目标表", StringComparison.Ordinal) || i.Name.Contains("年度", StringComparison.Ordinal));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"), Tree(form.Indicators[^1]));
        Assert.DoesNotContain(Checked(form), f => f.Code == "MISSING_VALUE");
        // The next project is still told apart.
        Assert.Contains(result.Findings, f => f.Code == "MULTIPLE_PROJECTS" && f.Message.Contains("农产品质量安全监测经费", StringComparison.Ordinal));
    }

    [Fact]
    public void CentralForm_MidTermAndAnnualColumnHeadings_YearsColumnIsTheBudget()
    {
        var result = Read("central-department-mid-term-fund-columns-tabs.txt");
        var form = result.Declaration;

        Assert.Equal(new WanYuan(800m), form.Budget.Total);
        Assert.Equal(new WanYuan(800m), form.Budget.CurrentYear);
        var total = Assert.Single(form.FundSources);
        Assert.Equal(new WanYuan(800m), total.CurrentYear);
        Assert.Equal([("财政拨款", (WanYuan?)new WanYuan(800m)), ("其他资金", new WanYuan(0m))], total.Children.Select(c => (c.Name, c.CurrentYear)));
        // The period's amounts are kept as printed, under the column's heading and the source's name.
        Assert.Equal("2400.00", Other(form, "中期资金总额（合计）"));
        Assert.Equal("2400.00", Other(form, "中期资金总额（财政拨款）"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void ThisYearsAppropriation_OneCellPerLine_IsAFundSource()
    {
        var result = Read("guizhou-this-year-appropriation-cells.txt");
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal(new WanYuan(150m), total.CurrentYear);
        var appropriation = Assert.Single(total.Children, c => c.Name == "本年财政拨款");
        Assert.Equal(new WanYuan(150m), appropriation.CurrentYear);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Line is 24 or 25);
        Assert.DoesNotContain(Checked(form), f => f.Code == "FUND_SOURCE_SUM");
    }
}
