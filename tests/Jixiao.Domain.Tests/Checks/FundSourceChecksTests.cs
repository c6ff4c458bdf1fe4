using Jixiao.Domain.Budget;
using Jixiao.Testing.Builders;

namespace Jixiao.Domain.Tests.Checks;

public class FundSourceChecksTests
{
    // Locations in the Nanchang tree: 合计 is fundSources[0]; 财政拨款 .children[0]; 自有资金 .children[1].
    private const string Total = "fundSources[0]";
    private const string Fiscal = "fundSources[0].children[0]";
    private const string Own = "fundSources[0].children[1]";

    [Fact]
    public void FundSourceSum_SeedTable_AddsUpInBothColumns()
    {
        var findings = Check.Run(A.Declaration());

        Assert.Empty(findings.Coded("FUND_SOURCE_SUM"));
        Assert.Empty(findings.Coded("FUND_SOURCE_MATCH"));
    }

    [Fact]
    public void FundSourceSum_CurrentYearChildDoesNotAddUp_ReportsTheParentsCurrentYearOnly()
    {
        var findings = Check.Run(A.Declaration().WithFundSource("本级财政安排", 3857.29m, 9000m));

        var finding = findings.Single("FUND_SOURCE_SUM");
        Assert.Equal(Fiscal + ".currentYear", finding.Location);
        Assert.Contains("上级财政拨款 + 本级财政安排 + 下级财政配套", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FundSourceSum_PriorYearChildDoesNotAddUp_ReportsTheParentsPriorYearOnly()
    {
        var findings = Check.Run(A.Declaration().WithFundSource("本级财政安排", 3000m, 10000m));

        Assert.Equal(Fiscal + ".priorYear", findings.Single("FUND_SOURCE_SUM").Location);
    }

    [Fact]
    public void FundSourceSum_TotalIsNotTheSumOfTheThreeGroups_ReportsTotal()
    {
        var findings = Check.Run(A.Declaration().WithFundSource("自有资金", null, 500m).WithFundSource("事业收入", null, 500m));

        var finding = findings.Single("FUND_SOURCE_SUM");
        Assert.Equal(Total + ".currentYear", finding.Location);
        Assert.Contains("财政拨款 + 自有资金 + 其它资金", finding.Message, StringComparison.Ordinal);
        Assert.Contains("10500.00 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FundSourceSum_BlankSiblingsOfAFilledRow_CountAsZero()
    {
        var findings = Check.Run(A.Declaration()
            .WithFundSource("财政拨款", 3857.29m, 10000m)
            .WithFundSource("上级财政拨款", null, 2000m)
            .WithFundSource("本级财政安排", 3857.29m, 8000m));

        Assert.Empty(findings.Coded("FUND_SOURCE_SUM"));
    }

    [Fact]
    public void FundSourceSum_GroupWithoutBreakdown_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithFundSource("本级财政安排", null, null));

        Assert.Empty(findings.Coded("FUND_SOURCE_SUM"));
    }

    [Fact]
    public void FundSourceSum_TotalWithoutBreakdownBySource_ReportsTotal()
    {
        var findings = Check.Run(A.Declaration().WithFundSource("财政拨款", null, null).WithFundSource("本级财政安排", null, null));

        Assert.Equal([Total + ".priorYear", Total + ".currentYear"], findings.Coded("FUND_SOURCE_SUM").Select(f => f.Location));
    }

    [Fact]
    public void FundSourceSum_GroupBlankButItsRowsFilled_ReportsTheBlankGroup()
    {
        var findings = Check.Run(A.Declaration().WithFundSource("自有资金", null, null).WithFundSource("事业收入", null, 500m)
            .WithFundSource("合计", 3857.29m, 10500m).WithBudget(total: 14357.29m, thisYear: 10500m, carryOver: 3857.29m));

        var finding = findings.Single("FUND_SOURCE_SUM");
        Assert.Equal(Own + ".currentYear", finding.Location);
        Assert.Contains("500.00 万元", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void FundSourceMatch_CurrentYearTotalDiffersFromTheRequest_ReportsCurrentYearTotal()
    {
        var findings = Check.Run(A.Declaration().WithBudget(total: 12857.29m, thisYear: 9000m, carryOver: 3857.29m));

        var finding = findings.Single("FUND_SOURCE_MATCH");
        Assert.Equal(Total + ".currentYear", finding.Location);
        Assert.Contains("9000.00 万元", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void FundSourceMatch_PriorYearTotalDiffersFromTheCarryOver_ReportsPriorYearTotal()
    {
        var findings = Check.Run(A.Declaration().WithBudget(total: 10000m, thisYear: 10000m, carryOver: null));

        Assert.Equal(Total + ".priorYear", findings.Single("FUND_SOURCE_MATCH").Location);
    }

    [Fact]
    public void FundSourceMatch_TableLeftBlank_ReportsTheMissingTotal()
    {
        var findings = Check.Run(A.Declaration().With(d => d with { FundSources = FundSourceNames.EmptyNanchangTree() }));

        Assert.Equal([Total + ".priorYear", Total + ".currentYear"], findings.Coded("FUND_SOURCE_MATCH").Select(f => f.Location));
        Assert.Empty(findings.Coded("FUND_SOURCE_SUM"));
    }

    [Fact]
    public void FundSourceMatch_FormWithoutAFundSourceTable_IsNotChecked()
    {
        var findings = Check.Run(A.Declaration().Without("fundSources"));

        Assert.Empty(findings);
    }
}
