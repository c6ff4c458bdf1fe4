using Jixiao.Domain.Checks;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Testing;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Header fields, fund tables and goals of other regions' layouts (samples/test-forms/): labels inside longer
/// headings, goals continued on the next row, fund blocks other than Nanchang's, and header labels of other forms.
public class OtherFieldsTests
{
    private static readonly Lazy<ReadResult> Daqing = new(() => Read("daqing-layout.txt"));
    private static readonly Lazy<ReadResult> Fanben = new(() => Read("fanben-layout.txt"));
    private static readonly Lazy<ReadResult> Transfer = new(() => Read("transfer-region-goals.txt"));
    private static readonly Lazy<ReadResult> BudgetBlock = new(() => Read("budget-block-and-ticks.txt"));

    // ── Labels inside longer headings ──

    [Fact]
    public void HeadingThatStartsWithAGoalLabel_IsNoGoal_AndTheGoalIsTheRowBelow()
    {
        // 绩效目标情况 | 预期目标 | 内容: not the label 绩效目标 with the value "情况".
        Assert.Equal("保障全市自动气象站稳定运行，观测数据到报率不低于99%。", Daqing.Value.Declaration.AnnualGoal);
    }

    [Fact]
    public void GoalLabelHeadingATable_TakesNoColumnHeadingAsItsGoal_NorAsAYear()
    {
        // 项目年度绩效目标（定量目标） | 评价内容 | 绩效内容 | 参考标准 | 绩效目标值: not 绩效目标 = "值", not 项目年度 = a year.
        var result = Fanben.Value;
        Assert.Null(result.Declaration.AnnualGoal);
        Assert.Equal(2025, result.Declaration.Year);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FIELD_UNREADABLE");
        Assert.DoesNotContain(result.Declaration.OtherFields, f => f.Label == "项目年度");
    }

    [Fact]
    public void AmountLabelsAsColumnHeadingsOfAnotherTable_GiveNoJunkFields()
    {
        // 上年结转 as a row of the fund table, 本年度申请金额 as a heading of 项目支出内容及明细预算.
        var result = Daqing.Value;
        Assert.DoesNotContain(result.Findings, f => f.Code == "FIELD_UNREADABLE");
        Assert.Null(Other(result.Declaration, "上年结转"));
        Assert.Null(Other(result.Declaration, "本年度申请金额"));
    }

    // ── Continuation rows of a goal ──

    [Fact]
    public void GoalRowsWithTheLabelCellEmpty_AreLinesOfTheGoal()
    {
        Assert.Equal("目标1：居民电子健康档案建档率保持在90%以上。\n目标2：老年人健康管理率达到65%。\n目标3：高血压患者规范管理率达到62%。",
            Transfer.Value.Declaration.AnnualGoal);
        Assert.DoesNotContain(Transfer.Value.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void GoalWrappedOntoAnIndentedLine_IsJoinedMidSentence_AndAWrappedFundHeadingIsNoName()
    {
        var result = Read("spaces-wrapped-goal.txt");
        var form = result.Declaration;

        Assert.Equal("保障全市36个社区图书室正常开放，全年开展阅读推广活动不少于120场，读者满意度达到90%以上。", form.AnnualGoal);
        Assert.Equal(["财政拨款", "其他资金"], Assert.Single(form.FundSources).Children.Select(c => c.Name));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void NumberingOfTheGoalsLines_IsNoTargetTheIndicatorsMustCarry()
    {
        // 目标1：… 目标2：… 目标3：…: the list's numbers are not targets (GOAL_NOT_COVERED "1", "2", "3").
        var findings = Jixiao.Domain.Checks.DeclarationChecker.Run(Transfer.Value.Declaration);
        Assert.DoesNotContain(findings, f => f.Code == "GOAL_NOT_COVERED");
    }

    [Fact]
    public void NumberedSentencesOfAGoal_AreNoTargets_ButTheirNumbersAre()
    {
        const string text = "项目名称\t农村饮水工程\n年度目标\t1、改造集中供水工程12处。2.新增受益人口3000人。\n"
            + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n";
        var form = Jixiao.Interchange.Text.TextFormReader.Read(text, "numbered-goal.txt").Declaration;

        var uncovered = Jixiao.Domain.Checks.DeclarationChecker.Run(form).Where(f => f.Code == "GOAL_NOT_COVERED").ToList();
        Assert.Contains("3000人", Assert.Single(uncovered).Message, StringComparison.Ordinal);
    }

    // ── Fund and budget blocks ──

    [Fact]
    public void AnnualAmountWithItsSources_IsTheTotalAndThisYearsBudget()
    {
        // 资金情况（万元） | 年度金额： | 1200 then 其中：中央补助, 地方资金, 其他资金.
        var form = Transfer.Value.Declaration;
        Assert.Equal(new WanYuan(1200m), form.Budget.CurrentYear);
        var total = Assert.Single(form.FundSources);
        Assert.Equal(("合计", new WanYuan(1200m)), (total.Name, total.CurrentYear));
        Assert.Equal(["中央补助", "地方资金", "其他资金"], total.Children.Select(c => c.Name));
        Assert.Equal([1000m, 200m, (decimal?)null], total.Children.Select(c => c.CurrentYear?.Value));
    }

    [Fact]
    public void ProjectBudgetBlock_IsAFundTreeUnderItsTotal()
    {
        // 项目预算（万元） | 资金总额 | 260 then 其中：市财政资金 | 240 and 其他资金： | 20.
        var form = BudgetBlock.Value.Declaration;
        Assert.Equal(new WanYuan(260m), form.Budget.CurrentYear);
        var total = Assert.Single(form.FundSources);
        Assert.Equal(("合计", new WanYuan(260m)), (total.Name, total.CurrentYear));
        Assert.Equal([("市财政资金", 240m), ("其他资金", 20m)], total.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
    }

    [Fact]
    public void MidTermBesideAnnual_TheYearsColumnIsTheTree_TheMidTermIsKept()
    {
        var result = Read("mid-term-beside-annual.txt");
        var form = result.Declaration;

        // No 项目总预算 line: the total is the year's request (MoreFieldsTests, probe 2 #14).
        Assert.Equal(new BudgetSummary { Total = new WanYuan(310m), CurrentYear = new WanYuan(310m) }, form.Budget);
        var total = Assert.Single(form.FundSources);
        Assert.Equal(("合计", new WanYuan(310m)), (total.Name, total.CurrentYear));
        Assert.Equal([("财政拨款", 300m), ("其他资金", 10m)], total.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.Equal("900.00", Other(form, "中期资金总额"));
        Assert.Equal("900.00", Other(form, "中期资金总额·财政拨款"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void DaqingFundTable_CurrentFromTheRequest_LastYearsBudgetAndExecutionKept()
    {
        var result = Daqing.Value;
        var form = result.Declaration;

        Assert.Equal(new WanYuan(195m), form.Budget.CurrentYear);
        var total = Assert.Single(form.FundSources);
        // 上年度预算安排 is last year's budget, not the carried-over 上年度资金 the model's prior-year column holds.
        Assert.Equal(("合计", (WanYuan?)null, new WanYuan(195m)), (total.Name, total.PriorYear, total.CurrentYear));
        Assert.Equal(["财政拨款", "财政专户拨款", "其他资金", "上年结转", "事业基金弥补差额"], total.Children.Select(c => c.Name));
        Assert.Equal(((WanYuan?)null, new WanYuan(195m)), (total.Children[0].PriorYear, total.Children[0].CurrentYear));
        Assert.Equal("180.00", Other(form, "上年度预算安排（合计）"));
        Assert.Equal("180.00", Other(form, "上年度预算安排（财政拨款）"));
        Assert.Equal("176.40", Other(form, "上年度实际执行（合计）"));
        Assert.Equal("176.40", Other(form, "上年度实际执行（财政拨款）"));
        Assert.DoesNotContain(DeclarationChecker.Run(form), f => f.Code is "FUND_SOURCE_MATCH" or "FUND_SOURCE_SUM");
    }

    [Fact]
    public void BudgetDetailTable_IsKeptRowByRow_NotReadAsASecondFundTable()
    {
        var form = Daqing.Value.Declaration;

        Assert.Equal("上年度预算安排 180.00；上年度实际执行 176.40；本年度申请金额 195.00；资金测算依据及说明 26个站点×7.5万元",
            Other(form, "项目支出内容及明细预算：1.自动站运维"));
        Assert.Single(form.FundSources);
    }

    // ── Header labels of other forms ──

    [Fact]
    public void DaqingHeader_FilingUnitPeriodAndMeasures_AreRead()
    {
        var form = Daqing.Value.Declaration;

        Assert.Equal("示例市气象局", form.Department);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (form.StartDate, form.EndDate));
        Assert.Equal("实行运维巡检制度，每季度开展设备标校。", form.Measures);
        Assert.Equal("依据《气象设施和气象探测环境保护条例》，需保障全市26个自动气象站正常运行。", Other(form, "项目申请原因"));
        Assert.Equal("2024年观测数据到报率达到99.2%。", Other(form, "以前年度项目绩效情况"));
    }

    [Fact]
    public void FanbenHeader_CodeGoalsMeasuresAndKeptFields_AreRead()
    {
        var form = Fanben.Value.Declaration;

        Assert.Equal("402017", form.BudgetCode);
        Assert.Equal("完成全县12所乡镇卫生院基本设备更新，诊疗能力明显提升。", form.OverallGoal);
        Assert.Equal("执行政府采购制度，设备验收实行专家评审。", form.Measures);
        Assert.Equal("300.00", Other(form, "上年度预算安排资金"));
        Assert.Equal(("2100302", "乡镇卫生院"), (Other(form, "功能科目编码"), Other(form, "功能科目名称")));
        Assert.Equal("负责全县医疗卫生机构的规划建设和监督管理。", Other(form, "单位职能概述"));
    }

    [Fact]
    public void TransferHeader_SpecialFundNameAndProvincialDepartment_AreRead_AndTheTitleGivesNoRegion()
    {
        var form = Transfer.Value.Declaration;

        Assert.Equal(("基本公共卫生服务补助资金", "示例省卫生健康委员会"), (form.ProjectName, form.Department));
        Assert.Equal("示例省财政厅", Other(form, "省级财政部门"));
        // 中央对地方专项转移支付区域绩效目标表: 区域 is no 区, and the title names no place.
        Assert.Null(form.Region);
    }

    [Fact]
    public void HeadingBeforeTheGoalsLabel_IsAHeading_NotAnUnplacedCell()
    {
        Assert.Equal("完成城区1500盏路灯节能改造，年节电率达到40%。", BudgetBlock.Value.Declaration.AnnualGoal);
        Assert.DoesNotContain(BudgetBlock.Value.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void ContactPersonAndPhoneInOneCell_AreSplit()
    {
        var form = BudgetBlock.Value.Declaration;
        Assert.Equal(("夏敏", "0731-8812345"), (form.ContactPerson, form.ContactPhone));
        Assert.Equal(3, form.Indicators.Count);
    }

    [Theory]
    [InlineData("daqing-layout.txt")]                 // 新增项目□ | 延续项目☑
    [InlineData("budget-block-and-ticks.txt")]        // 新增项目 | 延续项目 √
    [InlineData("fanben-layout.txt")]                 // 是否新增 | 是 □ 否 ☑
    public void TickedOption_IsTheProjectAttribute(string fileName) =>
        Assert.Equal("延续项目", Read(fileName).Declaration.ProjectAttribute);

    [Theory]
    [InlineData("项目属性\t□新增项目 ☑延续项目", "延续项目")]   // the box before its option
    [InlineData("项目属性：新增项目☑ 延续项目□", "新增项目")]       // in the label's own cell
    public void TickBoxes_InEitherOrder_GiveTheTickedOption(string row, string expected)
    {
        var text = $"项目名称\t农村饮水工程\n{row}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n";
        Assert.Equal(expected, Jixiao.Interchange.Text.TextFormReader.Read(text, "ticks.txt").Declaration.ProjectAttribute);
    }
}
