using Jixiao.Domain.Budget;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Budget and fund-source layouts of published forms the stop-11 probe found read wrong or not at all.
public class FundLayoutsTests
{
    [Fact]
    public void CostComposition_HeadingInOneMergedCell_ItsTotalIsTheBudgetAndItsRowsAreKept()
    {
        // 项目预算成本构成 | 金额 | 测算(公式)依据 | 2022年实际执行数 | 2023年实际执行数 (宜昌): 项目预算 and 成本构成 merged.
        var result = Read("hubei-cost-composition-merged-heading-tabs.txt");
        var form = result.Declaration;

        Assert.Equal(new WanYuan(150m), form.Budget.CurrentYear);
        Assert.Equal(new WanYuan(150m), form.Budget.Total);
        Assert.Equal("金额 120；测算(公式)依据 按人均1200元测算；2022年实际执行数 98；2023年实际执行数 110", Other(form, "项目预算成本构成：培训费"));
        Assert.Equal("金额 150；2022年实际执行数 123；2023年实际执行数 138", Other(form, "项目预算成本构成：合计"));
        Assert.Empty(form.FundSources);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void SelfEvaluation_BudgetAtYearStartIsTheYearsMoney_TheOtherColumnsAreKept()
    {
        // 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (湖北 自评表).
        var result = Read("hubei-self-evaluation-fund-columns-tabs.txt");
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal(new WanYuan(860m), total.CurrentYear);
        Assert.Null(total.PriorYear);
        Assert.Equal(
            [("当年财政拨款", (WanYuan?)new WanYuan(800m)), ("上年结转资金", new WanYuan(60m)), ("其他资金", new WanYuan(0m))],
            total.Children.Select(c => (c.Name, c.CurrentYear)));
        Assert.Equal(new WanYuan(860m), form.Budget.CurrentYear);
        Assert.Equal("95%", Other(form, "执行率（合计）"));
        Assert.Equal("9.5", Other(form, "得分（合计）"));
        Assert.Equal("855", Other(form, "全年执行数（合计）"));
        Assert.Equal("840", Other(form, "全年预算数（当年财政拨款）"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Code is "FUND_SOURCE_SUM" or "FUND_SOURCE_MATCH" or "BUDGET_SUM");
    }

    [Fact]
    public void SelfEvaluation_WebTable_RatesAndScoresArePlacedByTheirColumns()
    {
        // The same table as a web table: "95%" and "—" between the amounts, so only a cell's place says its column.
        var result = Read("hubei-self-evaluation-fund-columns-pipes.txt");
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal(new WanYuan(860m), total.CurrentYear);
        Assert.Equal(
            [("当年财政拨款", (WanYuan?)new WanYuan(800m)), ("上年结转资金", new WanYuan(60m)), ("其他资金", new WanYuan(0m))],
            total.Children.Select(c => (c.Name, c.CurrentYear)));
        Assert.Equal("95%", Other(form, "执行率（合计）"));
        Assert.Equal("55", Other(form, "全年执行数（上年结转资金）"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void SelfEvaluation_RateUnderItsColumn_IsNoFundSource()
    {
        // 年度资金总额 | 500 | 520 | 468 | 10 | 90% | 9: "90%" and "9" were read as a source 90% of 9万元.
        var form = Read("south-self-evaluation-form-tabs.txt").Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.DoesNotContain(total.Children, c => c.Name.Contains('%', StringComparison.Ordinal));
        Assert.Equal(new WanYuan(500m), total.CurrentYear);
        Assert.Equal("90%", Other(form, "执行率（合计）"));
        Assert.DoesNotContain(Checked(form), f => f.Code == "FUND_SOURCE_SUM");
    }

    [Fact]
    public void Disclosure_ProjectAmountInYuan_IsTheYearsBudgetInWanYuan()
    {
        // 项目金额：4860000元 (汕头, a department's budget disclosure): the project's money this year, in 元.
        var result = Read("guangdong-disclosure-project-amount-in-yuan-spaces.txt");
        var form = result.Declaration;

        Assert.Equal(new WanYuan(486m), form.Budget.CurrentYear);
        Assert.Equal(new WanYuan(486m), form.Budget.Total);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Message.Contains("项目金额", StringComparison.Ordinal));
    }

    [Fact]
    public void Tabs_FundSourcesBesideOtherFields_AreRowsOfTheTableAndTheFieldsAreRead()
    {
        // 资金总额 | 1860.50 | 项目负责人 | 王海, 财政拨款 | 1800.00 | 预算执行率权重 | 10% (海南's two-column header in tabs).
        var result = Read("hainan-fund-sources-beside-fields-tabs.txt");
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal(new WanYuan(1860.50m), total.CurrentYear);
        Assert.Equal(
            [("财政拨款", (WanYuan?)new WanYuan(1800m)), ("其他资金", new WanYuan(60.50m))],
            total.Children.Select(c => (c.Name, c.CurrentYear)));
        Assert.Equal(new WanYuan(1860.50m), form.Budget.Total);
        Assert.Equal("王海", form.ProjectLead);
        Assert.Equal("0898-65239479", form.ContactPhone);
        Assert.Equal("10%", Other(form, "预算执行率权重"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void Spaces_CarryOverLabelInsideTheFundLine_IsTheCarryOverRow()
    {
        // 年度资金总额 520.00 其中：财政拨款 480.00 上年结转 40.00 其他资金 0.00 (甘肃): 上年结转 is a budget label that
        // cut the line; its value ran on with 其他资金.
        var result = Read("gansu-fund-line-carry-over-spaces.txt");
        var form = result.Declaration;

        Assert.Equal(new WanYuan(520m), form.Budget.Total);
        Assert.Equal(new WanYuan(480m), form.Budget.CurrentYear);
        Assert.Equal(new WanYuan(40m), form.Budget.CarryOver);
        var total = Assert.Single(form.FundSources);
        Assert.Equal(["财政拨款", "上年结转", "其他资金"], total.Children.Select(c => c.Name));
        Assert.Equal(new WanYuan(40m), total.PriorYear);
        Assert.DoesNotContain(result.Findings, f => f.Code is "FIELD_UNREADABLE" or "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Code is "FUND_SOURCE_SUM" or "FUND_SOURCE_MATCH" or "BUDGET_SUM");
    }
}
