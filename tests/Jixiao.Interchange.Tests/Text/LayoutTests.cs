using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Text;

/// One test form per layout feature (samples/test-forms/).
public class LayoutTests
{
    private static ReadResult Read(string fileName) => FormFile.Read(Samples.TestForm(fileName));

    private static Indicator Named(Declaration form, string name) => Assert.Single(form.Indicators, i => i.Name == name);

    [Fact]
    public void PipeTable_LabelsAndValuesInCells_LevelsCarriedDown_PageAroundIgnored()
    {
        var result = Read("pipe-table.txt");
        var form = result.Declaration;

        Assert.Equal(("示例县项目支出绩效目标申报表", 2023, "示例县"), (form.Title, form.Year, form.Region));
        Assert.Equal("农村饮水安全巩固提升工程", form.ProjectName);
        Assert.Equal("示例县水利工程建设中心", form.ImplementingUnit);
        Assert.Equal(("示例县水利局", "李明", "0791-86123456"), (form.Department, form.ProjectLead, form.ContactPhone));
        Assert.Equal(("延续", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (form.ProjectAttribute, form.StartDate, form.EndDate));
        Assert.Equal(new BudgetSummary { Total = new WanYuan(520m), CurrentYear = new WanYuan(500m), CarryOver = new WanYuan(20m) }, form.Budget);

        Assert.Equal(8, form.Indicators.Count);
        var reservoirs = Named(form, "新建蓄水池");
        Assert.Equal(("产出指标", "数量指标", "6座"), (reservoirs.Level1, reservoirs.Level2, reservoirs.Target.Text));
        var life = Named(form, "工程设计使用年限");
        Assert.Equal(("效益指标", "可持续影响指标", "≥20年"), (life.Level1, life.Level2, life.Target.Text));
        // Navigation above the form and the site footer below it are not cells of the form.
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void OneCellPerLine_ValuesOnTheNextLine_BlankCellsKeepColumnsInPlace()
    {
        var result = Read("one-cell-per-line.txt");
        var form = result.Declaration;

        Assert.Equal(("城区道路保洁服务", "示例市城市管理局"), (form.ProjectName, form.Department));
        Assert.Equal("购买城区主次干道保洁服务，覆盖面积320万平方米。", form.Overview);
        Assert.Equal(new WanYuan(360.5m), form.Budget.CurrentYear);
        var total = Assert.Single(form.FundSources);
        Assert.Equal(["财政拨款", "其他"], total.Children.Select(c => c.Name));
        Assert.Null(total.Children[1].CurrentYear);

        Assert.Equal(5, form.Indicators.Count);
        var quality = Named(form, "道路清扫保洁达标率");
        Assert.Equal(("质量指标", "≥95%", "抽查"), (quality.Level2, quality.Target.Text, quality.Remark));
        Assert.Null(Named(form, "保洁面积").Remark);
        Assert.Equal(("满意度指标", "服务对象满意度指标", "≥85%"),
            (Named(form, "市民满意度").Level1, Named(form, "市民满意度").Level2, Named(form, "市民满意度").Target.Text));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void SpaceSeparated_LabelsInsideALine_NameAndPhoneInOneCell_FundRows()
    {
        var result = Read("space-separated.txt");
        var form = result.Declaration;

        Assert.Equal("社区养老服务站运营补助", form.ProjectName);
        Assert.Equal(("王芳", "13907910000"), (form.ProjectLead, form.ContactPhone));
        Assert.Equal(("示例区民政局", "示例区社会福利中心"), (form.Department, form.ImplementingUnit));
        Assert.Equal(new WanYuan(80m), form.Budget.CurrentYear);
        Assert.Equal(["财政拨款", "其他资金"], Assert.Single(form.FundSources).Children.Select(c => c.Name));

        Assert.Equal(6, form.Indicators.Count);
        var visits = Named(form, "服务老年人人次");
        Assert.Equal(("产出指标", "数量指标", ">=12000人次"), (visits.Level1, visits.Level2, visits.Target.Text));
        Assert.Equal("2022年6月30日前", Named(form, "补助资金拨付时间").Target.Text);
        Assert.Equal("区民政局审核意见", Assert.Single(form.Reviews).Label);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void ExtraColumns_FillTheIndicatorsOptionalFields_AndTheValueTakesUnitAndOperator()
    {
        var form = Read("extra-columns.txt").Declaration;

        Assert.Equal(6, form.Indicators.Count);
        var trained = Named(form, "培训基层干部人次");
        Assert.Equal("≥1200人次", trained.Target.Text);
        Assert.Equal(("人次", "≥", IndicatorDirection.Positive, 20m), (trained.Unit, trained.Operator, trained.Direction, trained.Weight));
        Assert.Equal(("计划标准", "反映年度培训覆盖人数", "每少100人次扣2分"), (trained.ValueBasis, trained.Explanation, trained.ScoringRule));

        var cost = Named(form, "人均培训成本");
        Assert.Equal(("≤850元/人", IndicatorDirection.Reverse, "历史标准"), (cost.Target.Text, cost.Direction, cost.ValueBasis));

        // Empty cells keep the columns in place: the deadline has no unit or operator, and a remark.
        var deadline = Named(form, "培训完成时间");
        Assert.Equal(("2023年10月31日前", null, null, "受疫情影响可顺延"), (deadline.Target.Text, deadline.Unit, deadline.Operator, deadline.Remark));
        Assert.Equal("明显提升", Named(form, "基层治理能力提升").Target.Text);
    }

    [Fact]
    public void LongTermAndAnnualColumns_GiveBothTargets()
    {
        var form = Read("long-term-annual.txt").Declaration;

        Assert.Equal(5, form.Indicators.Count);
        var estates = Named(form, "改造老旧小区个数");
        Assert.Equal(("40个", "120个"), (estates.Target.Text, estates.LongTermTarget?.Text));
        var deadline = Named(form, "改造完成时间");
        Assert.Equal(("2024年12月31日前", "2026年12月31日前", "分年度"), (deadline.Target.Text, deadline.LongTermTarget?.Text, deadline.Remark));
        Assert.Equal(("三年内完成全市120个老旧小区改造", "完成40个老旧小区改造"), (form.OverallGoal, form.AnnualGoal));
    }

    [Fact]
    public void Schema101_CostIsALevel1WithItsOwnLevel2s()
    {
        var form = Read("schema-101.txt").Declaration;

        Assert.Equal(IndicatorSchema.Fiscal2021No101, form.Schema);
        Assert.Equal(["经济成本指标", "社会成本指标", "生态环境成本指标"],
            form.Indicators.Where(i => i.Level1 == "成本指标").Select(i => i.Level2));
        Assert.Equal("2000元/人", Named(form, "生均资助标准").Target.Text);
        Assert.Equal(["数量指标", "质量指标", "时效指标"], form.Indicators.Where(i => i.Level1 == "产出指标").Select(i => i.Level2));
        Assert.Equal(("示例省", "国家助学金", "示例省教育厅"), (form.Region, form.ProjectName, form.Department));
    }

    [Fact]
    public void AmountsInYuan_AreConvertedToWanYuan_AndSaid()
    {
        var result = Read("amounts-in-yuan.txt");
        var form = result.Declaration;

        Assert.Equal(new BudgetSummary { Total = new WanYuan(125m), CurrentYear = new WanYuan(120m), CarryOver = new WanYuan(5m) }, form.Budget);
        var total = Assert.Single(form.FundSources);
        Assert.Equal((new WanYuan(5m), new WanYuan(120m)), (total.PriorYear, total.CurrentYear));
        Assert.Equal((new WanYuan(5m), new WanYuan(120m)), (total.Children[0].PriorYear, total.Children[0].CurrentYear));
        var converted = Assert.Single(result.Findings, f => f.Code == "AMOUNTS_CONVERTED");
        Assert.Equal(3, converted.Line);
    }

    [Fact]
    public void ExcelSerialInATimelinessRow_IsKeptAsWritten_ForTheParserWithItsLevel2()
    {
        var form = Read("excel-serial.txt").Declaration;

        var launch = Named(form, "平台上线时间");
        Assert.Equal(("时效指标", "44,561"), (launch.Level2, launch.Target.Text));
        Assert.NotEqual(TargetKind.Missing, launch.Target.Kind);
        var acceptance = Named(form, "系统验收时间");
        Assert.Equal(("时效指标", "44651"), (acceptance.Level2, acceptance.Target.Text));
    }

    [Fact]
    public void LevelNameSplitIntoUnknownParts_IsJoined_AndTheRowsAboveCorrected()
    {
        var form = Read("split-level-and-stray-cell.txt").Declaration;

        Assert.Equal("可持续影响指标", Named(form, "湿地生态系统稳定").Level2);
        Assert.Equal("可持续影响指标", Named(form, "管护机制健全").Level2);
        Assert.Equal("效益指标", Named(form, "管护机制健全").Level1);
    }

    [Fact]
    public void CellThatFitsNoField_IsReportedWithItsLine_NotDropped()
    {
        var result = Read("split-level-and-stray-cell.txt");

        var finding = Assert.Single(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.Equal(5, finding.Line);
        Assert.Contains("这一格不属于任何栏目", finding.Message);
        Assert.Equal(Jixiao.Domain.Checks.Severity.Warning, finding.Severity);
    }

    [Fact]
    public void CentralTemplate_FundBlockUnderASplitHeading_AndDepartmentWithItsCode()
    {
        // 项目资金 / （万元） is one merged cell broken over two lines; 年度资金总额's amount is in the next cell.
        var result = Read("central-template.txt");
        var form = result.Declaration;

        Assert.Equal(("某县水利局", "126", "某县农村供水服务中心"), (form.Department, form.BudgetCode, form.ImplementingUnit));
        var total = Assert.Single(form.FundSources);
        Assert.Equal((FundSourceNames.Total, null, new WanYuan(320m)), (total.Name, total.PriorYear, total.CurrentYear));
        Assert.Equal([("财政拨款", 300m), ("其他资金", 20m)], total.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        // The total of a table with one amount column is this year's request.
        // No 项目总预算 line: the total is the year's request (MoreFieldsTests, probe 2 #14).
        Assert.Equal(new BudgetSummary { Total = new WanYuan(320m), CurrentYear = new WanYuan(320m) }, form.Budget);
        Assert.Equal(8, form.Indicators.Count);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void CentralTemplate_CarryOverRowInTheFundBlock_IsARowAndTheBudgetsCarryOver_AndCoreColumnsFillTheFields()
    {
        var result = Read("central-core-columns.txt");
        var form = result.Declaration;

        Assert.Equal(("某市医疗保障局", "301"), (form.Department, form.BudgetCode));
        // 年度资金总额 1580.50 = 财政拨款 1500 + 上年结转 80.50 + 其他资金 0: the carried-over money is this form's
        // prior-year column, so the rows add up column by column and the table agrees with the budget.
        var total = Assert.Single(form.FundSources);
        Assert.Equal((new WanYuan(80.5m), new WanYuan(1500m)), (total.PriorYear, total.CurrentYear));
        Assert.Equal([("财政拨款", null, 1500m), ("上年结转", 80.5m, null), ("其他资金", null, 0m)],
            total.Children.Select(c => (c.Name, c.PriorYear?.Value, c.CurrentYear?.Value)));
        Assert.Equal(new BudgetSummary { Total = new WanYuan(1580.5m), CurrentYear = new WanYuan(1500m), CarryOver = new WanYuan(80.5m) }, form.Budget);
        Assert.DoesNotContain(Jixiao.Domain.Checks.DeclarationChecker.Run(form), f => f.Code.StartsWith("FUND_", StringComparison.Ordinal) || f.Code == "BUDGET_SUM");

        var insured = Named(form, "资助参保人数");
        Assert.Equal(("≥2.3万人", "万人", "≥", 20m, IndicatorDirection.Positive), (insured.Target.Text, insured.Unit, insured.Operator, insured.Weight, insured.Direction));
        Assert.Equal(("≤30日", IndicatorDirection.Reverse), (Named(form, "救助资金拨付时间").Target.Text, Named(form, "救助资金拨付时间").Direction));
        // 定性 in the operator column says the indicator is not a number, as its value does: no operator.
        var qualitative = Named(form, "困难群众医疗负担减轻");
        Assert.Equal(("有效减轻", null, null), (qualitative.Target.Text, qualitative.Operator, qualitative.Direction));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void NameWrappedOntoALineOfItsOwn_IsJoinedWhenItClosesABracket_ElseItIsARowWithoutAValue()
    {
        var result = Read("wrapped-names.txt");
        var form = result.Declaration;

        Assert.Equal(
            ["接入城市运行管理平台的部门", "数量（含区县和市直部门）", "系统全年正常运行率（不含计划停机时间）", "运维服务响应时间（工作日）", "城市事件处置效率提升",
                "使用部门满意度（抽样调查）"],
            form.Indicators.Select(i => i.Name));
        Assert.Equal(["≥60个", "", "≥99.5%", "≤2小时", "≥20%", "≥90%"], form.Indicators.Select(i => i.Target.Text));
        // A line that only might continue the name above is a row of its own, whose missing value the checker reports.
        Assert.IsType<MissingTarget>(Named(form, "数量（含区县和市直部门）").Target);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void CentralTemplateRunTogether_TitleYearFundRowsHeadingAndValuesAreCutApart()
    {
        var result = Read("central-run-together.txt");
        var form = result.Declaration;

        // 绩效目标 inside the title 项目支出绩效目标表（2024年度） is not the annual goal's label.
        Assert.Equal(("项目支出绩效目标表", 2024), (form.Title, form.Year));
        Assert.Equal("资助家庭经济困难幼儿不少于800人次，保障其顺利入园。", form.AnnualGoal);
        Assert.Equal(("某区教育局", "205", "某区学生资助管理中心"), (form.Department, form.BudgetCode, form.ImplementingUnit));
        // 年度资金总额96.00其中：财政拨款96.00其他资金0.00: the total and a row per source.
        var total = Assert.Single(form.FundSources);
        Assert.Equal(new WanYuan(96m), total.CurrentYear);
        Assert.Equal([("财政拨款", 96m), ("其他资金", 0m)], total.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        // The heading runs on as 指标内容指标值备注; deadlines and per-unit amounts end where they end.
        Assert.Equal(
            [("资助幼儿人次", "≥800人次"), ("资助对象认定准确率", "100%"), ("资金发放时间", "2024年12月31日前"), ("生均资助标准", "1200元/生·年"),
                ("困难家庭幼儿入园率提高", ""), ("受助家庭满意度", "≥90%")],
            form.Indicators.Select(i => (i.Name, i.Target.Text)));
        Assert.All(form.Indicators, i => Assert.Null(i.Remark));
        // A word value glued to its name cannot be told apart: the row is kept whole and its value reported missing.
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("示例县项目支出绩效目标表（2024年度）")]
    [InlineData("示例县项目支出绩效目标表(2024年度)")]
    public void TitleWithTheYearInBracketsOnItsLine_GivesTitleRegionAndYear(string title)
    {
        var text = $"{title}\n项目名称\t乡村道路养护\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护里程\t≥120公里\n";
        var form = Jixiao.Interchange.Text.TextFormReader.Read(text, "title.txt").Declaration;

        Assert.Equal(("示例县项目支出绩效目标表", "示例县", 2024), (form.Title, form.Region, form.Year));
    }

    [Fact]
    public void UnknownColumnInTheHeading_DoesNotHideTheTable_ItsCellsGoToTheRemark_AndAnOperatorIsAnOperator()
    {
        var result = Read("unknown-column.txt");
        var form = result.Declaration;

        Assert.Equal(4, form.Indicators.Count);
        var people = Named(form, "补贴发放人数");
        Assert.Equal(("≥3000人", "≥", "数据来源：民政系统台账"), (people.Target.Text, people.Operator, people.Remark));
        var onTime = Named(form, "补贴按月发放");
        Assert.Equal(("按时", null, "数据来源：发放记录"), (onTime.Target.Text, onTime.Operator, onTime.Remark));
        var column = Assert.Single(result.Findings);
        // Said once, for the column whose cells went to the remark (指标值类型 held operators and 定性 only).
        Assert.Equal(("COLUMN_IN_REMARK", Jixiao.Domain.Checks.Severity.Info, 5), (column.Code, column.Severity, column.Line));
        Assert.Contains("数据来源", column.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongTermTableAboveTheAnnualTable_GivesEachIndicatorBothValues_InTheAnnualOrder()
    {
        var result = Read("long-term-table.txt");
        var form = result.Declaration;

        Assert.Equal(
            [("养护里程", "≥1200公里", "≥3600公里"), ("养护工程合格率", "≥95%", null), ("公路优良路率", "≥75%", "≥80%"), ("沿线群众满意度", "≥90%", null),
                ("乡道改造里程", "", "≥50公里")],
            form.Indicators.Select(i => (i.Name, i.Target.Text, i.LongTermTarget?.Text)));
        // A long-term row the annual table does not list stays, without an annual value (the checker reports it missing).
        Assert.Equal(("产出指标", "数量指标"), (form.Indicators[4].Level1, form.Indicators[4].Level2));
        Assert.Equal(("三年内完成全县农村公路养护全覆盖", "完成农村公路养护1200公里"), (form.OverallGoal, form.AnnualGoal));
        Assert.Empty(result.Findings);
        Assert.Equal(new SourceRef(11), result.Sources.Find("indicators[4].target"));
        Assert.Equal(new SourceRef(14), result.Sources.Find("indicators[0]"));
    }

    [Fact]
    public void LongTermTableBelowTheAnnualTable_GivesTheSameIndicators()
    {
        var after = Read("long-term-table-after.txt");
        var before = Read("long-term-table.txt");

        Assert.Equal(before.Declaration.Indicators, after.Declaration.Indicators);
        Assert.Empty(after.Findings);
    }

    [Theory]
    [InlineData("项目起止时间\t2024年1月1日至2024年12月31日")]
    [InlineData("项目期\t2024-01-01—2024-12-31")]
    [InlineData("实施期限\t2024年1月-2024年12月")]
    public void StartAndEndInOneField_GiveBothDates(string row)
    {
        var text = $"示例县项目支出绩效目标申报表\n项目名称\t农村公路养护\n{row}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护里程\t≥1200公里\n";
        var result = Jixiao.Interchange.Text.TextFormReader.Read(text, "period.txt");

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (result.Declaration.StartDate, result.Declaration.EndDate));
        Assert.Equal(new SourceRef(3), result.Sources.Find("endDate"));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void PeriodThatCannotBeRead_IsKeptAsPrinted_AndSaid()
    {
        var text = "项目名称\t农村公路养护\n项目起止时间\t分三年实施\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护里程\t≥1200公里\n";
        var result = Jixiao.Interchange.Text.TextFormReader.Read(text, "period.txt");

        Assert.Null(result.Declaration.StartDate);
        Assert.Contains(result.Declaration.OtherFields, f => f.Label == "项目起止时间" && f.Value == "分三年实施");
        Assert.Equal("FIELD_UNREADABLE", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void OpinionBoxesWithoutTheWordReview_AndTheFilersSignatureLine_AreNotIndicators()
    {
        var result = Read("signatures-below-the-table.txt");
        var form = result.Declaration;

        Assert.Equal("养护里程", Assert.Single(form.Indicators).Name);
        Assert.Equal(
            [(ReviewBoxKind.CompetentDepartment, "主管部门意见", "同意申报", (DateOnly?)new DateOnly(2024, 1, 10)), (ReviewBoxKind.Other, "财政部门意见", null, null)],
            form.Reviews.Select(r => (r.Kind, r.Label, r.Opinion, r.Date)));
        Assert.Equal(("张三", "13907970001", new DateOnly(2024, 1, 5), "李四"), (form.ContactPerson, form.ContactPhone, form.FiledOn, form.DepartmentHead));
        Assert.Contains(form.OtherFields, f => f.Label == "财务负责人" && f.Value == "王五");
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void PageNumbersBetweenTheRows_AreSkipped_ButAFractionAloneIsNot()
    {
        var result = Read("page-numbers.txt");
        var form = result.Declaration;

        Assert.Equal(["养护里程", "桥梁检测", "养护工程合格率", "公路优良路率", "1/2"], form.Indicators.Select(i => i.Name));
        // "1/2" on a line of its own may be a value of a one-cell-per-line form: it is kept (here as a row without a value).
        Assert.IsType<MissingTarget>(form.Indicators[^1].Target);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("第 3 页 共 5 页")]
    [InlineData("共5页，第3页")]
    [InlineData("- 3 -")]
    [InlineData("—3—")]
    [InlineData("Page 3 of 5")]
    public void PageNumberSpellings_AreNoIndicators(string mark)
    {
        var text = $"项目名称\t乡村道路养护\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护里程\t≥120公里\n{mark}\n\t\t桥梁检测\t≥20座\n";
        var result = Jixiao.Interchange.Text.TextFormReader.Read(text, "pages.txt");

        Assert.Equal(["养护里程", "桥梁检测"], result.Declaration.Indicators.Select(i => i.Name));
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("unknown-column-pipes.txt")]    // | 补贴按月发放 | 定性 | 按时 |  | 发放记录 |: the empty 度量单位 stays empty
    [InlineData("unknown-column-cells.txt")]    // one cell per line: 数据来源, the last heading, comes before the first level name
    public void UnknownColumnInOtherLayouts_ReadsAsInTheTabLayout(string fileName)
    {
        var other = Read(fileName);
        var tabs = Read("unknown-column.txt").Declaration;

        Assert.Equal(tabs.Indicators, other.Declaration.Indicators);
        Assert.Equal(("数据来源：发放记录", null), (Named(other.Declaration, "补贴按月发放").Remark, Named(other.Declaration, "补贴按月发放").Unit));
        Assert.Equal("COLUMN_IN_REMARK", Assert.Single(other.Findings).Code);
    }

    [Fact]
    public void NameWrappedOntoTheLineOfItsValue_IsOneRow()
    {
        var text = "项目名称\t智慧城市运维\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t接入部门单位数量（含区县\t\n\t\t和市直部门）\t≥60个\n"
            + "\t质量指标\t系统全年正常运行率\t≥99.5%\n";
        var result = Jixiao.Interchange.Text.TextFormReader.Read(text, "wrapped.txt");

        Assert.Equal([("接入部门单位数量（含区县和市直部门）", "≥60个"), ("系统全年正常运行率", "≥99.5%")],
            result.Declaration.Indicators.Select(i => (i.Name, i.Target.Text)));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void OpinionInsideTheTable_IsACell_OnlyAnOfficesOpinionStartingARowIsABox()
    {
        var result = Read("opinion-in-a-cell.txt");
        var form = result.Declaration;

        Assert.Equal(["改造集中供水工程数量", "新建管网长度", "采纳相关部门意见", "水质达标率"], form.Indicators.Select(i => i.Name));
        Assert.Equal("按照主管部门意见", Named(form, "新建管网长度").ValueBasis);
        Assert.Equal(["主管部门意见", "市财政局意见"], form.Reviews.Select(r => r.Label));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void PeriodFieldHoldingADuration_IsKeptQuietly_AndAPeriodNamedIndicatorStaysInTheTable()
    {
        var text = "项目名称\t农村公路养护\n项目期限\t3年\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t时效指标\t资金拨付及时率\t100%\n"
            + "\t\t项目实施期限\t2024年12月31日前\n\t\t起止时间\t2024年1月-12月\n\t质量指标\t水质达标率\t≥95%\n";
        var result = Jixiao.Interchange.Text.TextFormReader.Read(text, "period.txt");
        var form = result.Declaration;

        Assert.Contains(form.OtherFields, f => f.Label == "项目期限" && f.Value == "3年");
        Assert.Null(form.StartDate);
        Assert.Equal(["资金拨付及时率", "项目实施期限", "起止时间", "水质达标率"], form.Indicators.Select(i => i.Name));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void EmptyCarryOverRow_IsARowWithoutAmounts_AndTheRowsAfterItStayInTheTable()
    {
        var result = Read("carry-over-row-empty.txt");
        var total = Assert.Single(result.Declaration.FundSources);

        Assert.Equal([("财政拨款", 1500m), ("上年结转", (decimal?)null), ("其他资金", 0m)], total.Children.Select(c => (c.Name, c.CurrentYear?.Value)));
        Assert.Null(result.Declaration.Budget.CarryOver);
        Assert.Empty(result.Findings);
        Assert.DoesNotContain(Jixiao.Domain.Checks.DeclarationChecker.Run(result.Declaration), f => f.Code.StartsWith("FUND_", StringComparison.Ordinal));
    }

    [Fact]
    public void RunTogetherFundBlock_AYearInASourcesName_IsNoAmount()
    {
        var text = File.ReadAllText(Samples.TestForm("central-run-together.txt"))
            .Replace("其中：财政拨款96.00其他资金0.00", "其中：2024年中央财政补助资金80.00省级配套16.00", StringComparison.Ordinal);
        var result = Jixiao.Interchange.Text.TextFormReader.Read(text, "run-together.txt");

        var total = Assert.Single(result.Declaration.FundSources);
        Assert.Equal([("2024年中央财政补助资金", 80m), ("省级配套", 16m)], total.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("central-run-together-carry-over.txt", 176.5, 96, 80.5)]    // …其中：财政拨款96.00上年结转80.50其他资金0.00
    [InlineData("carry-over-on-the-next-line.txt", 1580.5, 1500, 80.5)]     // 上年结转 on one line, 80.50 on the next
    public void CarryOverRowInOtherLayouts_IsTheBudgetsCarryOver_AndTheTableAddsUp(string fileName, double total, double currentYear, double carryOver)
    {
        var form = Read(fileName).Declaration;

        Assert.Equal(new BudgetSummary { Total = new WanYuan((decimal)total), CurrentYear = new WanYuan((decimal)currentYear), CarryOver = new WanYuan((decimal)carryOver) },
            form.Budget);
        Assert.DoesNotContain(Jixiao.Domain.Checks.DeclarationChecker.Run(form), f => f.Code.StartsWith("FUND_", StringComparison.Ordinal) || f.Code == "BUDGET_SUM");
    }
}

/// Extraction slips and a filled-in form (samples/test-forms/filled-review-and-slips.txt).
public class SlipsAndFilledFormTests
{
    private static readonly Lazy<ReadResult> Form = new(() => FormFile.Read(Samples.TestForm("filled-review-and-slips.txt")));

    [Fact]
    public void LabelGluedToItsValue_AboveTheTable_IsStillALabel()
    {
        Assert.Equal("智慧社区建设", Form.Value.Declaration.ProjectName);
        Assert.Equal("示例市民政局", Form.Value.Declaration.Department);
    }

    [Fact]
    public void YearAsALabelledField_IsRead() => Assert.Equal(2024, Form.Value.Declaration.Year);

    [Fact]
    public void DashInAnAmountCell_IsAnEmptyAmount_NotAnUnplacedCell()
    {
        var total = Assert.Single(Form.Value.Declaration.FundSources);
        Assert.Equal((null, new WanYuan(300m)), (total.PriorYear, total.CurrentYear));
        Assert.DoesNotContain(Form.Value.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void FundRowThatLostItsLeadingTab_StillPutsItsAmountInTheRightColumn()
    {
        var own = Form.Value.Declaration.FundSources[0].Children[1];
        Assert.Equal(("自有资金", null, new WanYuan(0m)), (own.Name, own.PriorYear, own.CurrentYear));
    }

    [Fact]
    public void ValueShiftedByAnExtraTab_TakesTheNextFreeColumn()
    {
        var built = Assert.Single(Form.Value.Declaration.Indicators, i => i.Name == "建成智慧社区");
        Assert.Equal("12个", built.Target.Text);
    }

    [Fact]
    public void FilledReviewBox_GivesOpinionReviewerAndDate_AndABlankBoxGivesNothing()
    {
        var reviews = Form.Value.Declaration.Reviews;
        Assert.Equal(2, reviews.Count);
        Assert.Equal(("同意申报", "张三", new DateOnly(2024, 1, 20)), (reviews[0].Opinion, reviews[0].Reviewer, reviews[0].Date));
        Assert.Equal((null, null, null), (reviews[1].Opinion, reviews[1].Reviewer, reviews[1].Date));
        Assert.Equal(Jixiao.Domain.Review.ReviewBoxKind.FinanceBusiness, reviews[1].Kind);
    }
}

/// Serial numbers, numbered level names with their scores, and a total row (samples/test-forms/numbered-levels-and-serials.txt).
public class NumberedTableTests
{
    private static readonly Lazy<ReadResult> Form = new(() => FormFile.Read(Samples.TestForm("numbered-levels-and-serials.txt")));

    [Fact]
    public void NumberedLevelNamesWithScores_AreCanonical_AndSerialNumbersAreNotNames()
    {
        var indicators = Form.Value.Declaration.Indicators;
        Assert.Equal(5, indicators.Count);
        Assert.Equal(["养护农村公路里程", "路面优良率", "养护任务完成时间", "群众出行条件改善", "沿线群众满意度"], indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标"], indicators.Select(i => i.Level2));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"], indicators.Select(i => i.Level1));
        Assert.Equal([20m, 15m, 15m, 40m, 10m], indicators.Select(i => i.Weight ?? -1));
    }

    [Fact]
    public void TotalRowOfTheTable_IsNotAnIndicator_ButIsKept()
    {
        Assert.Contains(new Jixiao.Domain.Declarations.FormField("合计", "100"), Form.Value.Declaration.OtherFields);
        Assert.DoesNotContain(Form.Value.Findings, f => f.Code == "UNPLACED_CELL");
    }
}

/// One cell per line with the blank cells dropped (samples/test-forms/one-cell-per-line-no-blanks.txt).
public class OneCellPerLineWithoutBlanksTests
{
    [Fact]
    public void CellAfterAValue_IsARemark_UnlessAValueFollowsIt()
    {
        var form = FormFile.Read(Samples.TestForm("one-cell-per-line-no-blanks.txt")).Declaration;

        Assert.Equal(["管护公厕数量", "保洁频次", "公厕卫生达标率", "如厕群众满意度"], form.Indicators.Select(i => i.Name));
        Assert.Equal(["≥86座", "每日2次", "≥95%", "≥85%"], form.Indicators.Select(i => i.Target.Text));
        Assert.Equal([null, "早晚各一次", "抽查", null], form.Indicators.Select(i => i.Remark));
        Assert.Equal(["数量指标", "数量指标", "质量指标", "服务对象满意度指标"], form.Indicators.Select(i => i.Level2));
    }
}

/// A long overview that names several fields is prose, not a form run together (samples/test-forms/long-prose-overview.txt).
public class ProseIsNotGluedTests
{
    [Fact]
    public void LongOverviewNamingFields_StaysOneValue()
    {
        var result = FormFile.Read(Samples.TestForm("long-prose-overview.txt"));

        Assert.StartsWith("本项目由主管部门统一组织，实施单位负责具体建设", result.Declaration.Overview);
        Assert.EndsWith("加强工程质量和安全生产管理。", result.Declaration.Overview);
        Assert.Equal(("老旧小区改造", "示例市住建局"), (result.Declaration.ProjectName, result.Declaration.Department));
        Assert.Equal("120个", Assert.Single(result.Declaration.Indicators).Target.Text);
        Assert.Empty(result.Findings);
    }
}

/// A name column merged over two cells (三级指标 in D:E, 指标值 in F), as a workbook exported to text keeps it
/// (samples/test-forms/merged-name-column.txt).
public class MergedNameColumnTests
{
    [Fact]
    public void RowsWithoutLevels_ReadTheirNameAndValue_UnderTheLevelsAbove()
    {
        var result = FormFile.Read(Samples.TestForm("merged-name-column.txt"));

        Assert.Equal(
            [
                ("数量指标", "政务平台建设1个", "100%"), ("数量指标", "看守所“铁桶工程”建设1项", "100%"),
                ("质量指标", "系统正常运行率", "≥99%"), ("质量指标", "数据差错率", "≤1%"),
                ("社会效益指标", "办事群众减少跑腿次数", "≥2万次"), ("服务对象满意度指标", "使用部门满意度", "≥90%"),
            ],
            result.Declaration.Indicators.Select(i => (i.Level2, i.Name, i.Target.Text)));
        Assert.Empty(result.Findings);
    }
}

/// Dates as a sheet saved to text gives them: a period in cells of its own, a date field as Excel's serial.
public class DateCellsTests
{
    private const string Table = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n";

    [Theory]
    [InlineData("项目起止时间\t2023年1月1日\t至\t2023年12月31日")]
    [InlineData("项目起止时间\t2023-01-01\t2023-12-31")]
    [InlineData("项目起止时间\t2023/1/1\t～\t2023/12/31")]
    public void PeriodInCellsOfItsOwn_IsThePeriod(string periodRow)
    {
        var result = Jixiao.Interchange.Text.TextFormReader.Read($"项目名称\t农村饮水工程\n{periodRow}\n{Table}", "period-cells.txt");

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (result.Declaration.StartDate, result.Declaration.EndDate));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void DateFieldAsAnExcelSerial_IsThatDate_AndOtherNumbersAreNot()
    {
        var result = Jixiao.Interchange.Text.TextFormReader.Read($"项目名称\t农村饮水工程\n起始日期\t44927\t结束日期\t1234\n{Table}", "serial-dates.txt");

        Assert.Equal(new DateOnly(2023, 1, 1), result.Declaration.StartDate);
        Assert.Null(result.Declaration.EndDate);
        Assert.Contains(result.Findings, f => f.Location == "endDate");
    }
}
