using System.Runtime.CompilerServices;
using Jixiao.Domain.Declarations;

namespace Jixiao.Domain.Checks;

/// Runs every check of domain notes §8 and returns all findings at once, in form order.
/// It runs on every keystroke in the UI, so the indicator table is walked once: each row's checks return at most one
/// finding each (null when the row is fine, so a clean row allocates nothing), and the table-wide checks read what
/// that same pass gathered.
public static class DeclarationChecker
{
    public static IReadOnlyList<Finding> Run(Declaration declaration, CheckOptions? options = null)
    {
        var context = new CheckContext(declaration, options ?? CheckOptions.Default);
        // Room for a finding on many rows: a seed-like form has one on half of them, and growing the list copied it.
        var findings = new List<Finding>(declaration.Indicators.Count + 16);

        // Header and basic information (表头、项目基本情况)
        HeaderChecks.EveryFieldMustBeFilled(declaration, findings);
        PlaceholderChecks.FieldsMustNotHoldTemplateLeftovers(declaration, findings);
        HeaderChecks.ContactPhoneMustBeAPhoneNumber(declaration, findings);
        HeaderChecks.EndMustNotPrecedeStart(declaration, findings);
        HeaderChecks.BudgetYearMustLieWithinThePeriod(declaration, findings);
        GoalChecks.MultiYearGoalsMustDiffer(declaration, findings);

        // Money (万元)
        BudgetChecks.TotalMustAddUp(declaration, context.Options, findings);
        FundSourceChecks.ChildrenMustAddUpToTheirParent(declaration, context.Options, findings);
        FundSourceChecks.TotalMustMatchTheBudget(declaration, context.Options, findings);

        // The indicator table, one pass
        var indicators = declaration.Indicators;
        var facts = new IndicatorTableFacts(indicators.Count);
        var goalCoverage = GoalCoverage.For(declaration);
        var longTermOnly = IndicatorTableChecks.GivesLongTermValuesOnly(indicators);
        var rowFindingsFrom = findings.Count;
        var taxonomy = default(RowTaxonomy);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if (!taxonomy.IsFor(indicator.Level1, indicator.Level2))
            {
                taxonomy = RowTaxonomy.Of(indicator.Level1, indicator.Level2, context.Schema);
                facts.Observe(taxonomy);
            }
            var row = new IndicatorRow(i, indicator, taxonomy);
            Add(findings, IndicatorTableChecks.Level1MustBeKnown(row));
            Add(findings, IndicatorTableChecks.Level2MustBelongToLevel1(row, context.Schema));
            Add(findings, IndicatorTableChecks.NameMustBeGiven(row));
            Add(findings, PlaceholderChecks.NameMustNotHoldTemplateLeftovers(row));
            Add(findings, IndicatorTableChecks.NameMustNotRepeat(row, facts));
            Add(findings, TargetValueChecks.QuantityMustBeInTheValueNotTheName(row));
            Add(findings, IndicatorTableChecks.TargetMustBeGiven(row, longTermOnly));
            Add(findings, PlaceholderChecks.TargetMustNotHoldTemplateLeftovers(row));
            Add(findings, TargetValueChecks.TargetMustBeReadable(row));
            Add(findings, TargetValueChecks.QuantityMustHaveAUnit(row));
            Add(findings, TargetValueChecks.PercentageMustLieWithinZeroToHundred(row));
            Add(findings, TargetValueChecks.TargetMustBeMeasurable(row));
            Add(findings, TargetValueChecks.TimelinessMustStateWhen(row, context));
            Add(findings, TargetValueChecks.OperatorMustFollowTheDirection(row));
            Add(findings, TargetValueChecks.SatisfactionTargetMustBeRealistic(row, context.Options));
            Add(findings, CostChecks.CostMustNotExceedTheRequest(row, context));
            Add(findings, CostChecks.TargetMustNotBeTheInput(row, context));
            facts.Observe(row);
            goalCoverage?.Observe(row);
        }

        var rowFindingsTo = findings.Count;
        facts.Release();

        // What the table says as a whole, and whether it carries the annual goal
        IndicatorTableChecks.Level2MustBeGiven(facts, indicators, findings);
        IndicatorTableChecks.AnnualValuesMustBeGiven(longTermOnly, indicators.Count, findings);
        IndicatorTableChecks.OutputAndBenefitMustBeDeclared(facts, findings);
        IndicatorTableChecks.OutputsMustCoverEveryAspect(facts, findings);
        IndicatorTableChecks.ValuesMustNotMostlyBeHundredPercent(facts, context.Options, findings);
        CostChecks.CostMustBeStatedInMoney(facts, findings);
        GoalChecks.GoalNumbersMustBeCarriedByIndicators(goalCoverage, findings);

        FormOrder.Sort(findings, rowFindingsFrom, rowFindingsTo);
        return findings;
    }

    /// Adds the source line or cell to each finding whose location the map knows.
    public static IReadOnlyList<Finding> WithSources(this IReadOnlyList<Finding> findings, SourceMap sources) =>
        findings.Select(f => sources.Find(f.Location) is { } s && f.Line is null && f.Cell is null
            ? f with { Line = s.Line, Cell = s.Cell }
            : f).ToList();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(List<Finding> findings, Finding? finding)
    {
        if (finding is not null) findings.Add(finding);
    }
}
