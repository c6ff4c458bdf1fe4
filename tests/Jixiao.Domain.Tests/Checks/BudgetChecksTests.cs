using Jixiao.Testing.Builders;

namespace Jixiao.Domain.Tests.Checks;

public class BudgetChecksTests
{
    [Fact]
    public void BudgetSum_TotalDoesNotAddUp_ReportsTotalWithTheRightSum()
    {
        var findings = Check.Run(A.Declaration().WithBudget(total: 13857.00m, thisYear: 10000m, carryOver: 3857.29m));

        var finding = findings.Single("BUDGET_SUM");
        Assert.Equal("budget.total", finding.Location);
        Assert.Contains("13857.29 万元", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetSum_SeedAmounts_AddUp()
    {
        var findings = Check.Run(A.Declaration().WithBudget(total: 13857.29m, thisYear: 10000m, carryOver: 3857.29m));

        Assert.Empty(findings.Coded("BUDGET_SUM"));
    }

    [Fact]
    public void BudgetSum_CarryOverBlank_CountsAsZero()
    {
        var findings = Check.Run(A.Declaration().WithBudget(total: 13857.29m, thisYear: 10000m, carryOver: null));

        var finding = findings.Single("BUDGET_SUM");
        Assert.Contains("未填，按 0 计", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetSum_TotalBlank_IsLeftToRequiredField()
    {
        var findings = Check.Run(A.Declaration().WithBudget(total: null, thisYear: 10000m, carryOver: 3857.29m));

        Assert.Empty(findings.Coded("BUDGET_SUM"));
        Assert.Equal("budget.total", findings.Single("REQUIRED_FIELD").Location);
    }
}
