using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using Jixiao.Testing;
using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

public class DeclarationCheckerTests
{
    [Fact]
    public void Run_ValidDeclaration_FindsNothing()
    {
        var findings = Check.Run(A.Declaration());

        Assert.Empty(findings);
    }

    [Fact]
    public void Run_SeedAsPrinted_HasNoBudgetOrFundSourceFinding()
    {
        var findings = Check.Run(A.SeedAsPrinted());

        Assert.DoesNotContain(findings, f => f.Code is "BUDGET_SUM" or "FUND_SOURCE_SUM" or "FUND_SOURCE_MATCH" or "REQUIRED_FIELD" or "DATE_RANGE" or "PHONE_FORMAT");
    }

    [Fact]
    public void Run_SeedAsPrinted_ReportsExactlyTheTwoMissingValues()
    {
        var declaration = A.SeedAsPrinted().Build();

        var missing = DeclarationChecker.Run(declaration).Coded("MISSING_VALUE");

        Assert.Equal(["续建项目完成及时性", "改善工作服务环境"], missing.Select(f => NameAt(declaration, f.Location)));
        Assert.All(missing, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void Run_SeedAsPrinted_ReportsItsKnownWeaknesses()
    {
        var findings = Check.Run(A.SeedAsPrinted());

        Assert.Contains(findings, f => f.Code == "ALL_HUNDRED_PERCENT");
        Assert.Contains(findings, f => f.Code == "COST_MONETARY");
        Assert.Contains(findings, f => f.Code == "QUANTITY_IN_NAME" && f.Fix == new Fix("indicators[2]", "南昌市疫情防控大数据管理平台建设", "=1个"));
        Assert.Equal(2, findings.Count(f => f.Severity == Severity.Error));
    }

    [Fact]
    public void Run_ManyDefects_ReturnsThemInFormOrder()
    {
        var declaration = A.Declaration()
            .WithIndicator(Output, Quantity, "平台建设1个", Targets.Percent(100))
            .WithIndicator(Output, Quality, "", Targets.Missing)
            .WithAnnualGoal("完成7个子系统建设")
            .WithBudget(total: 1m, thisYear: 10000m, carryOver: 3857.29m)
            .Without("projectName");

        var locations = Check.Run(declaration).Select(f => f.Location).ToList();

        Assert.Equal(["projectName", "annualGoal", "budget.total", "indicators[15].name", "indicators[16].name", "indicators[16].target"], locations);
    }

    [Fact]
    public void Run_TableWideFinding_ComesBeforeTheRows()
    {
        var declaration = A.Declaration()
            .WithoutIndicators(i => i.Level1 == Satisfaction)
            .WithIndicator(Output, Quantity, "平台建设1个", Targets.Percent(100));

        var locations = Check.Run(declaration).Select(f => f.Location).ToList();

        Assert.Equal(["indicators", "indicators[13].name"], locations);
    }

    [Fact]
    public void Run_AfterAnotherForm_DoesNotRememberItsNames()
    {
        // The table of names is lent from one kept per thread: the second form must not see the first one's names.
        var first = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "平台接入单位数", Targets.Quantity("≥", 30, "家")));
        var second = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "平台接入单位数", Targets.Quantity("≥", 30, "家")));

        Assert.Empty(first.Coded("DUPLICATE_INDICATOR"));
        Assert.Empty(second.Coded("DUPLICATE_INDICATOR"));
    }

    [Fact]
    public void Run_RowFindingsAndTableWideFindings_AreInFormOrder()
    {
        // Level 2 missing on two rows among others (reported per row after the pass), a cost row without money (reported
        // after the pass at the first cost row), and row findings on several columns of one row.
        var declaration = A.Declaration()
            .WithIndicator(Output, "", "平台建设1个", Targets.Percent(100))
            .WithIndicator(Output, Quantity, "平台建设1个", Targets.Percent(100))
            .WithIndicator("产出", "", "系统XX", Targets.Percent(100));

        var locations = Check.Run(declaration).Select(f => f.Location).ToList();

        var sorted = locations.Order(Comparer<string>.Create(FormOrder.Compare)).ToList();
        Assert.Equal(sorted, locations);
        Assert.Contains("indicators[15].level2", locations);
        Assert.Contains("indicators[17].level2", locations);
    }

    [Fact]
    public void Rules_EveryCode_IsDistinctAndDocumented()
    {
        var docs = File.ReadAllText(Path.Combine(Samples.Root, "docs", "checks.md"));

        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Code).Distinct().Count());
        Assert.All(Rules.All, rule =>
        {
            Assert.Contains($"### {rule.Code}", docs, StringComparison.Ordinal);
            Assert.Contains($"| `{rule.Code}` | {rule.Severity.ToString().ToLowerInvariant()} |", docs, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("REQUIRED_FIELD", Severity.Error)]
    [InlineData("DATE_RANGE", Severity.Error)]
    [InlineData("BUDGET_SUM", Severity.Error)]
    [InlineData("FUND_SOURCE_SUM", Severity.Error)]
    [InlineData("FUND_SOURCE_MATCH", Severity.Error)]
    [InlineData("PHONE_FORMAT", Severity.Warning)]
    [InlineData("GOALS_DISTINCT", Severity.Warning)]
    [InlineData("TAXONOMY", Severity.Error)]
    [InlineData("MISSING_VALUE", Severity.Error)]
    [InlineData("REQUIRED_CATEGORY", Severity.Error)]
    [InlineData("CATEGORY_COVERAGE", Severity.Warning)]
    [InlineData("DUPLICATE_INDICATOR", Severity.Warning)]
    [InlineData("VALUE_UNPARSEABLE", Severity.Error)]
    [InlineData("UNIT_MISSING", Severity.Error)]
    [InlineData("PLACEHOLDER", Severity.Error)]
    [InlineData("RATE_RANGE", Severity.Warning)]
    [InlineData("VAGUE_VALUE", Severity.Warning)]
    [InlineData("QUANTITY_IN_NAME", Severity.Warning)]
    [InlineData("ALL_HUNDRED_PERCENT", Severity.Warning)]
    [InlineData("TIMELINESS_FORMAT", Severity.Warning)]
    [InlineData("DIRECTION_MISMATCH", Severity.Warning)]
    [InlineData("COST_MONETARY", Severity.Warning)]
    [InlineData("COST_EXCEEDS_BUDGET", Severity.Error)]
    [InlineData("INPUT_AS_TARGET", Severity.Warning)]
    [InlineData("GOAL_NOT_COVERED", Severity.Warning)]
    [InlineData("SATISFACTION_RANGE", Severity.Warning)]
    public void Rules_Severity_IsTheOneOfTheDomainNotes(string code, Severity severity) =>
        Assert.Equal(severity, Rules.Find(code)?.Severity);

    [Fact]
    public void Rules_All_ListsEveryRuleOfTheDomainNotes() => Assert.Equal(26, Rules.All.Count);

    private static string NameAt(Domain.Declarations.Declaration declaration, string location)
    {
        var index = int.Parse(location["indicators[".Length..location.IndexOf(']')], System.Globalization.CultureInfo.InvariantCulture);
        return declaration.Indicators[index].Name;
    }
}
