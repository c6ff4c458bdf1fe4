using Jixiao.Domain;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Testing.Builders;

/// Changes one thing at a time on a declaration that starts valid (style notes, example 9).
public sealed class DeclarationBuilder(Declaration start)
{
    private Declaration _declaration = start;

    public Declaration Build() => _declaration;

    /// Any change the other methods do not offer.
    public DeclarationBuilder With(Func<Declaration, Declaration> change)
    {
        _declaration = change(_declaration);
        return this;
    }

    /// Blanks a header or basic-information field, named as in the JSON (docs/json.md): "projectName", "budget.total" …
    public DeclarationBuilder Without(string field) => With(d => field switch
    {
        "title" => d with { Title = null },
        "year" => d with { Year = null },
        "region" => d with { Region = null },
        "projectName" => d with { ProjectName = null },
        "department" => d with { Department = null },
        "departmentHead" => d with { DepartmentHead = null },
        "budgetCode" => d with { BudgetCode = null },
        "filedOn" => d with { FiledOn = null },
        "projectLead" => d with { ProjectLead = null },
        "contactPerson" => d with { ContactPerson = null },
        "contactPhone" => d with { ContactPhone = null },
        "startDate" => d with { StartDate = null },
        "endDate" => d with { EndDate = null },
        "overview" => d with { Overview = null },
        "measures" => d with { Measures = null },
        "overallGoal" => d with { OverallGoal = null },
        "annualGoal" => d with { AnnualGoal = null },
        "budget.total" => d with { Budget = d.Budget with { Total = null } },
        "budget.currentYear" => d with { Budget = d.Budget with { CurrentYear = null } },
        "budget.carryOver" => d with { Budget = d.Budget with { CarryOver = null } },
        "fundSources" => d with { FundSources = [] },
        "indicators" => d with { Indicators = [] },
        _ => throw new ArgumentException($"No field '{field}' to blank.", nameof(field)),
    });

    public DeclarationBuilder WithYear(int year) => With(d => d with { Year = year });

    public DeclarationBuilder WithPeriod(DateOnly start, DateOnly end) => With(d => d with { StartDate = start, EndDate = end });

    public DeclarationBuilder WithContactPhone(string phone) => With(d => d with { ContactPhone = phone });

    public DeclarationBuilder WithProjectName(string name) => With(d => d with { ProjectName = name });

    public DeclarationBuilder WithGoals(string overall, string annual) => With(d => d with { OverallGoal = overall, AnnualGoal = annual });

    public DeclarationBuilder WithAnnualGoal(string annual) => With(d => d with { AnnualGoal = annual });

    /// 项目总预算, 本年度申请预算, 结转结余总额 in 万元 (null = blank cell). The fund-source table is left as it is.
    public DeclarationBuilder WithBudget(decimal? total, decimal? thisYear, decimal? carryOver) => With(d => d with
    {
        Budget = new BudgetSummary { Total = Amount(total), CurrentYear = Amount(thisYear), CarryOver = Amount(carryOver) },
    });

    /// Sets both columns (上年度资金, 本年度资金) of the fund-source row with this name (合计, 财政拨款, 本级财政安排 …).
    public DeclarationBuilder WithFundSource(string row, decimal? priorYear, decimal? currentYear)
    {
        var found = false;
        FundSource Set(FundSource source)
        {
            if (source.Name == row)
            {
                found = true;
                return source with { PriorYear = Amount(priorYear), CurrentYear = Amount(currentYear) };
            }
            return source with { Children = source.Children.Select(Set).ToValueList() };
        }
        With(d => d with { FundSources = d.FundSources.Select(Set).ToValueList() });
        return found ? this : throw new ArgumentException($"No fund-source row '{row}'.", nameof(row));
    }

    /// Replaces the whole indicator table.
    public DeclarationBuilder WithIndicators(params Indicator[] indicators) => With(d => d with { Indicators = indicators });

    /// Adds a row at the end of the table.
    public DeclarationBuilder WithIndicator(Indicator indicator) =>
        With(d => d with { Indicators = [.. d.Indicators, indicator] });

    public DeclarationBuilder WithIndicator(string level1, string level2, string name, TargetValue target) =>
        WithIndicator(A.Indicator(level1, level2, name, target));

    /// Removes the rows that match.
    public DeclarationBuilder WithoutIndicators(Func<Indicator, bool> match) =>
        With(d => d with { Indicators = d.Indicators.Where(i => !match(i)).ToValueList() });

    private static WanYuan? Amount(decimal? value) => value is { } v ? new WanYuan(v) : null;
}
