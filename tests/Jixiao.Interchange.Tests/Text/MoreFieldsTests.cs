using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Testing;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Header fields, budget and fund blocks, goals and project types of more regions' layouts (probe 2): a city review
/// form with numbered labels, a 政府购买服务 form, Shanghai's tick boxes and budget rows, a Sichuan hospital form, a
/// Hubei cost table and an Inner Mongolia export with codes in brackets.
public class MoreFieldsTests
{
    private static readonly Lazy<ReadResult> Review = new(() => Read("review-form-numbered.txt"));
    private static readonly Lazy<ReadResult> Purchase = new(() => Read("purchase-of-service-form.txt"));
    private static readonly Lazy<ReadResult> Shanghai = new(() => Read("shanghai-ticks-budget-rows.txt"));
    private static readonly Lazy<ReadResult> Hospital = new(() => Read("hospital-goal-rows.txt"));
    private static readonly Lazy<ReadResult> CostTable = new(() => Read("cost-composition-table.txt"));
    private static readonly Lazy<ReadResult> Export = new(() => Read("export-codes-carry-over.txt"));

    private static IEnumerable<string> Unplaced(ReadResult result) =>
        result.Findings.Where(f => f.Code == "UNPLACED_CELL").Select(f => f.Message);

    // ── #5: the city review form (绩效目标评审申报表) ──

    [Fact]
    public void NumberedLabels_AreTheirFields()
    {
        var form = Review.Value.Declaration;
        Assert.Equal("对主城区4200盏路灯开展节能改造与日常运维。", form.Overview);
        Assert.Equal("实行巡查日报、故障限时修复和月度考核制度。", form.Measures);
        Assert.Equal("《样例市城市照明管理办法》", Other(form, "设立依据"));
        Assert.Equal("降低照明能耗，减少故障停亮。", Other(form, "必要性"));
    }

    [Fact]
    public void NumberedGoalLabel_IsNoGoalsValue()
    {
        // 绩效目标 | 六、项目总体绩效目标 | 全年…: the numbered label is a label, its value the sentence after it.
        var form = Review.Value.Declaration;
        Assert.Equal("全年完成4200盏路灯节能改造，亮灯率不低于98%。", form.OverallGoal);
        Assert.Null(form.AnnualGoal);
    }

    [Fact]
    public void ExpectedStartAndEndUnderImplementationTime_AreTheProjectDates()
    {
        var result = Review.Value;
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 11, 30)), (result.Declaration.StartDate, result.Declaration.EndDate));
        Assert.DoesNotContain(Unplaced(result), m => m.Contains("实施时间", StringComparison.Ordinal));
    }

    [Fact]
    public void TotalBesideTheFundHeading_IsTheBudget()
    {
        var form = Review.Value.Declaration;
        Assert.Equal(new BudgetSummary { Total = new WanYuan(640m), CurrentYear = new WanYuan(640m) }, form.Budget);
        var total = Assert.Single(form.FundSources);
        Assert.Equal(("合计", new WanYuan(640m)), (total.Name, total.CurrentYear));
        Assert.Equal(["市级财政拨款", "其他资金"], total.Children.Select(c => c.Name));
    }

    [Fact]
    public void DetailAndProgressTables_AreKeptRowByRow_NotUnplaced()
    {
        var result = Review.Value;
        Assert.Equal("金额 520；数量 4200；单位 盏；单价（元） 1238；测算依据 按采购合同", Other(result.Declaration, "项目支出预算明细：1、灯具更换"));
        Assert.Equal("实施内容 日常运维与考核；资金支出计划（万元） 240", Other(result.Declaration, "预期进度与资金支出计划：2、2026年6月-11月"));
        // Nothing is left over: the subtitle (适用2026年全部预算项目) is the title's bracketed part.
        Assert.Empty(Unplaced(result));
    }

    // ── #8: budget labels ──

    [Fact]
    public void BudgetAndItsSourcesOnOneRow_AreRead()
    {
        // 项目预算（万元） | 86.00 | 其中：财政资金 | 80.00 | 其他资金 | 6.00
        var form = Purchase.Value.Declaration;
        Assert.Equal(new BudgetSummary { Total = new WanYuan(86m), CurrentYear = new WanYuan(86m) }, form.Budget);
        var total = Assert.Single(form.FundSources);
        Assert.Equal([("财政资金", new WanYuan(80m)), ("其他资金", new WanYuan(6m))], total.Children.Select(c => (c.Name, c.CurrentYear!.Value)));
    }

    [Fact]
    public void UnitFundTotal_IsTheSourcesTotal()
    {
        // 项目资金申请（万元） | 本级单位资金总数： | 420.00
        var form = Hospital.Value.Declaration;
        Assert.Equal(new WanYuan(420m), form.Budget.CurrentYear);
        var total = Assert.Single(form.FundSources);
        Assert.Equal((new WanYuan(420m), 2), (total.CurrentYear!.Value, total.Children.Count));
    }

    [Fact]
    public void BudgetLinesBesideTheHeading_AndSourcePairsBelow_AreRead()
    {
        var result = Shanghai.Value;
        Assert.Equal(new BudgetSummary { Total = new WanYuan(72.5m), CurrentYear = new WanYuan(72.5m) }, result.Declaration.Budget);
        Assert.Equal([("财政拨款", new WanYuan(70.5m)), ("其他资金", new WanYuan(2m))],
            result.Declaration.FundSources.Select(s => (s.Name, s.CurrentYear!.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Location.StartsWith("fundSources", StringComparison.Ordinal));
    }

    // ── #9: a cost table is no fund table ──

    [Fact]
    public void CostCompositionTable_GivesTheBudget_AndKeepsItsRows_ButNoFundSources()
    {
        var result = CostTable.Value;
        Assert.Empty(result.Declaration.FundSources);
        Assert.Equal(new BudgetSummary { Total = new WanYuan(300m), CurrentYear = new WanYuan(300m) }, result.Declaration.Budget);
        Assert.Equal("金额 210；测算（公式）依据 依据招标文件；2024年实际执行数 200；2025年实际执行数 205", Other(result.Declaration, "成本构成：物业服务费"));
        Assert.Empty(Unplaced(result));
    }

    // ── #10: measures ──

    [Fact]
    public void MeasuresWrittenWithAComma_AreTheMeasures() =>
        Assert.Equal("讲座机构通过政府采购确定，讲座内容经馆务会审定。", Shanghai.Value.Declaration.Measures);

    // ── #12: goals beside 项目绩效目标 ──

    [Fact]
    public void GoalsBesideTheGoalsHeading_AndOnTheRowBelow_AreTheAnnualGoal() =>
        Assert.Equal("目标1：2026年6月底前完成12台呼吸诊疗设备的采购与验收。\n目标2：设备投入使用后，年呼吸门诊接诊能力提升至6万人次。",
            Hospital.Value.Declaration.AnnualGoal);

    // ── #14: a total derived from the year's request and the carry-over ──

    [Fact]
    public void FormWithoutATotalLine_HasTheYearsRequestPlusTheCarryOverAsItsTotal()
    {
        // 资金总额 52 of which 上年结余收入 12: the total is 52, this year's request 40, the carry-over 12.
        var result = Export.Value;
        Assert.Equal(new BudgetSummary { Total = new WanYuan(52m), CurrentYear = new WanYuan(40m), CarryOver = new WanYuan(12m) },
            result.Declaration.Budget);
        Assert.Equal(4, Assert.Single(result.Declaration.FundSources).Children.Count);
    }

    [Fact]
    public void FormWithoutATotalLine_IsNotMissingItsTotal()
    {
        var findings = Jixiao.Domain.Checks.DeclarationChecker.Run(Hospital.Value.Declaration);
        Assert.DoesNotContain(findings, f => f.Code == "REQUIRED_FIELD" && f.Location == "budget.total");
    }

    // ── #15: header labels ──

    [Fact]
    public void YearInBracketsWithoutDu_IsTheYear_AndATitleWordIsNoRegion()
    {
        var form = Export.Value.Declaration;
        Assert.Equal(2026, form.Year);
        Assert.Null(form.Region);
    }

    [Fact]
    public void DepartmentWithItsCodeAndLevelMark_IsTheDepartmentAndItsBudgetCode()
    {
        var form = Export.Value.Declaration;
        Assert.Equal(("样例市城市管理局", "515"), (form.Department, form.BudgetCode));
        Assert.Equal("城建环保科", Other(form, "归口科室"));
    }

    [Fact]
    public void UnitNameLabel_LeavesNoNameInTheValue() =>
        Assert.Equal("上海市样例区文化馆", Shanghai.Value.Declaration.Department);

    [Fact]
    public void ExecutingUnit_IsTheImplementingUnit() =>
        Assert.Equal("样例省儿童医院", Hospital.Value.Declaration.ImplementingUnit);

    [Fact]
    public void PurchaseOfServiceLabels_AreRead()
    {
        var result = Purchase.Value;
        var form = result.Declaration;
        Assert.Equal("样例市残疾人联合会", form.Department);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (form.StartDate, form.EndDate));
        Assert.Equal("为全市300名重度残疾人每月提供不少于10小时的居家托养服务。", form.Overview);
        Assert.Equal("样例市安康托养服务中心", Other(form, "承接主体"));
        Assert.Equal("竞争性磋商", Other(form, "购买方式"));
        Assert.Equal("52330200MJ7654321Y", Other(form, "统一社会信用代码"));
        Assert.Empty(Unplaced(result));
    }

    // ── #16: project types ──

    [Fact]
    public void PurchaseOfServiceTitle_IsTheProjectType() =>
        Assert.Equal([ProjectType.PurchaseOfService], Purchase.Value.Declaration.ProjectTypes);

    [Fact]
    public void TickedPurchaseOfServiceUse_IsTheProjectType() =>
        Assert.Equal([ProjectType.PurchaseOfService], Shanghai.Value.Declaration.ProjectTypes);

    [Fact]
    public void SecondLineOfTickBoxes_GoesOnTheSameField()
    {
        var result = Shanghai.Value;
        Assert.Equal("市委市政府已确定的新增项目□结转项目□其他一次性项目□经常性专项业务费√其他经常性项目□", Other(result.Declaration, "项目类型"));
        Assert.Empty(Unplaced(result));
    }
}
