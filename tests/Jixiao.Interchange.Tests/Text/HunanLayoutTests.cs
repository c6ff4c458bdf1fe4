using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Text;
using Jixiao.Testing;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Hunan's 项目绩效目标表 (cities and counties) and its 项目支出绩效目标申报表: 填报单位（盖章） above the table,
/// 主管部门编码, 项目单位, 资金总额及构成 with the fiscal money's parts in brackets, 项目立项情况, 项目实施进度计划, long-term
/// and annual indicator tables, and the finance bureau's box split into 业务科室 and 绩效科.
public class HunanLayoutTests
{
    [Fact]
    public void TargetTable_HeaderFieldsAndIndicators_AreRead_AndNothingIsUnplaced()
    {
        var result = Read("hunan-target-table.txt");
        var form = result.Declaration;

        Assert.Equal(("项目绩效目标表", 2025, "乡村文化广场建设"), (form.Title, form.Year, form.ProjectName));
        Assert.Equal(("示例县文化旅游广电体育局", "208003"), (form.Department, form.BudgetCode));
        Assert.Equal("示例县文化旅游服务中心", form.ImplementingUnit);
        Assert.Equal(("周杰", "0734-6221188"), (form.ProjectLead, form.ContactPhone));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (form.StartDate, form.EndDate));
        // The filing unit is the project unit, already said: not kept a second time.
        Assert.DoesNotContain(form.OtherFields, f => f.Label.StartsWith("填报单位", StringComparison.Ordinal));

        // The long-term table and the annual one meet by name.
        Assert.Equal(9, form.Indicators.Count);
        var squares = Named(form, "新建文化广场个数");
        Assert.Equal(("产出指标", "数量指标", "=12个", "≥30个"), (squares.Level1, squares.Level2, squares.Target.Text, squares.LongTermTarget?.Text));
        var cost = Named(form, "单个广场建设成本");
        Assert.Equal(("产出指标", "成本指标", "≤35万元"), (cost.Level1, cost.Level2, cost.Target.Text));
        Assert.Null(cost.LongTermTarget);
        var satisfaction = Named(form, "村民满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标", "≥90%", "≥90%"),
            (satisfaction.Level1, satisfaction.Level2, satisfaction.Target.Text, satisfaction.LongTermTarget?.Text));
        // A long-term row without an annual one stays, its annual value missing.
        var coverage = Named(form, "行政村文化广场覆盖率");
        Assert.Equal(("效益指标", "社会效益指标", TargetKind.Missing, "100%"),
            (coverage.Level1, coverage.Level2, coverage.Target.Kind, coverage.LongTermTarget?.Text));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void TargetTable_FundTotalAndMakeUp_IsTheBudgetAndTheFundTree()
    {
        var form = Read("hunan-target-table.txt").Declaration;

        Assert.Equal(new BudgetSummary { Total = new WanYuan(420m), CurrentYear = new WanYuan(420m) }, form.Budget);
        var total = Assert.Single(form.FundSources);
        Assert.Equal((FundSourceNames.Total, new WanYuan(420m)), (total.Name, total.CurrentYear));
        Assert.Equal(
            [(FundSourceNames.FiscalAppropriation, 380m), (FundSourceNames.OwnFunds, 10m), (FundSourceNames.OtherFunds, 30m)],
            total.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        // 380万元（其中：上级财政资金：150万元；本级财政：230万元）: the parts under 财政拨款, by their Nanchang names.
        Assert.Equal([(FundSourceNames.FromHigherLevel, 150m), (FundSourceNames.SameLevel, 230m)],
            total.Children[0].Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.All(total.Children[0].Children, c => Assert.Null(c.PriorYear));
    }

    [Fact]
    public void TargetTable_ProjectApproval_IsKeptAsLabelledValues()
    {
        var form = Read("hunan-target-table.txt").Declaration;

        Assert.Equal(["《示例县公共文化服务体系建设规划》"], Others(form, "项目立项的依据"));
        Assert.Equal(["选址已落实，村民议事会表决通过"], Others(form, "项目申报的可行性"));
        Assert.Equal(["部分行政村缺少公共文化活动场所"], Others(form, "项目申报的必要性"));
    }

    [Fact]
    public void TargetTable_ProgressPlan_KeepsEveryItem_AndIsNoStartOrEndDateOfTheProject()
    {
        var form = Read("hunan-target-table.txt").Declaration;

        Assert.Equal(["1.选址与设计：2025年2月至2025年3月", "2.广场施工：2025年4月至2025年10月", "3.验收移交：2025年11月至2025年12月"],
            Others(form, ProgressPlan.Label));
        Assert.Empty(Others(form, "开始时间"));
        Assert.Empty(Others(form, "完成时间"));
        Assert.Equal(new DateOnly(2025, 12, 31), form.EndDate);
    }

    [Fact]
    public void TargetTable_ReviewBoxes_ReviewerAndDateApart_FinanceBureauSectionsAreTheirStages()
    {
        var form = Read("hunan-target-table.txt").Declaration;

        Assert.Equal(
            [
                new ReviewBox { Kind = ReviewBoxKind.CompetentDepartment, Label = "主管部门审核意见", Opinion = "同意申报", Reviewer = "吴刚", Date = new DateOnly(2025, 1, 15) },
                new ReviewBox { Kind = ReviewBoxKind.FinanceBusiness, Label = "市财政局审核意见（业务科室）", Opinion = "同意", Reviewer = "刘洋", Date = new DateOnly(2025, 1, 22) },
                new ReviewBox { Kind = ReviewBoxKind.PerformanceEvaluation, Label = "市财政局审核意见（绩效科）", Opinion = "目标明确，指标可衡量", Reviewer = "陈静", Date = new DateOnly(2025, 1, 25) },
                new ReviewBox { Kind = ReviewBoxKind.Other, Label = "第三方机构审核意见", Opinion = "基本合理", Reviewer = "孙丽", Date = new DateOnly(2025, 1, 20) },
            ],
            form.Reviews);
    }

    [Fact]
    public void ExpenditureTable_GoalsProgressWithRemarks_OverallGoalIndicators_AndBlankSections()
    {
        var result = Read("hunan-expenditure-table.txt");
        var form = result.Declaration;

        Assert.Equal(("示例市农业农村局", "115001", "示例市农田建设服务站"), (form.Department, form.BudgetCode, form.ImplementingUnit));
        Assert.Equal(("到2026年建成高标准农田5万亩", "2025年建成高标准农田2万亩"), (form.OverallGoal, form.AnnualGoal));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)), (form.StartDate, form.EndDate));
        Assert.Equal(new WanYuan(1500m), form.Budget.Total);
        Assert.Equal(["1.规划设计：2025年1月至2025年3月，备注：已完成初设", "2.工程施工：2025年3月至2025年10月", "3.竣工验收：2025年11月至2025年12月"],
            Others(form, ProgressPlan.Label));

        // 总目标绩效指标 is the long-term table above 本年度绩效指标.
        Assert.Equal(7, form.Indicators.Count);
        var area = Named(form, "建成高标准农田面积");
        Assert.Equal(("≥20000亩", "≥50000亩"), (area.Target.Text, area.LongTermTarget?.Text));
        var grainYield = Named(form, "项目区粮食亩产增幅");
        Assert.Equal(("效益指标", "经济效益指标", "≥5%", "≥10%"), (grainYield.Level1, grainYield.Level2, grainYield.Target.Text, grainYield.LongTermTarget?.Text));

        // Blank sections of the finance bureau's box: their stages, nothing filled in.
        Assert.Equal(
            [(ReviewBoxKind.CompetentDepartment, "郑涛"), (ReviewBoxKind.FinanceBusiness, null), (ReviewBoxKind.PerformanceEvaluation, null)],
            form.Reviews.Select(r => (r.Kind, r.Reviewer)));
        Assert.All(form.Reviews.Skip(1), r => Assert.Equal((null, null), (r.Opinion, r.Date)));
        Assert.Empty(result.Findings);
    }

    private const string Table = "年度绩效指标\t一级指标\t二级指标\t指标内容\t指标值\n\t产出指标\t数量指标\t新建污水管网长度\t≥5公里\n";

    [Fact]
    public void FilingUnit_WithoutADepartment_IsTheDepartment()
    {
        var form = TextFormReader.Read("项目绩效目标表\n填报单位（盖章）：示例镇人民政府\n项目名称\t集镇污水管网建设\n" + Table, "t.txt").Declaration;

        Assert.Equal("示例镇人民政府", form.Department);
        Assert.Empty(form.OtherFields);
    }

    [Fact]
    public void FilingUnit_OtherThanTheDepartmentAndTheProjectUnit_IsKeptUnderItsLabel()
    {
        var result = TextFormReader.Read(
            "项目绩效目标表\n填报单位（盖章）：示例县财政局\n项目名称\t集镇污水管网建设\n主管部门\t示例县住建局\n项目单位\t示例县污水处理中心\n" + Table, "t.txt");
        var form = result.Declaration;

        Assert.Equal(("示例县住建局", "示例县污水处理中心"), (form.Department, form.ImplementingUnit));
        var filingUnit = Assert.Single(form.OtherFields);
        Assert.Equal(("填报单位（盖章）", "示例县财政局"), (filingUnit.Label, filingUnit.Value));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void RunTogether_ProgressPlansEndTime_IsNotTheProjectsEndDate()
    {
        const string text = "项目绩效目标表(2025年度)填报单位(盖章):示例镇人民政府 项目名称集镇污水管网建设项目属性新增项目√延续项目□主管部门示例镇人民政府"
            + "项目负责人李华联系电话13900001111项目起止时间2025年度项目概况新建集镇污水收集管网项目实施进度计划项目实施内容开始时间完成时间"
            + "1管网铺设202520252、竣工验收20252025项目绩效目标长期目标年度目标集镇污水全收集建成污水管网5公里年度绩效指标一级指标二级指标指标内容"
            + "指标值备注产出指标数量指标新建污水管网长度≥5公里质量指标管网验收合格率100%效益指标生态效益指标污水收集率≥90%满意度指标服务对象满意度指标群众满意度≥90%";
        var form = TextFormReader.Read(text, "t.txt").Declaration;

        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (form.StartDate, form.EndDate));
        Assert.Equal("新建集镇污水收集管网", form.Overview);
        Assert.Equal(["1管网铺设202520252、竣工验收20252025"], Others(form, ProgressPlan.Label));
        Assert.Empty(Others(form, "完成时间"));
        Assert.Equal(4, form.Indicators.Count);
    }
}
