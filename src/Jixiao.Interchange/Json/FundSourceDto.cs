using Jixiao.Domain.Budget;

namespace Jixiao.Interchange.Json;

/// One row of 项目预算资金来源构成: 上年度资金 (priorYear) and 本年度资金 (currentYear) in 万元, and its child rows.
public sealed record FundSourceDto
{
    public string? Name { get; init; }
    public decimal? PriorYear { get; init; }
    public decimal? CurrentYear { get; init; }
    public IReadOnlyList<FundSourceDto?>? Children { get; init; }

    public static FundSourceDto From(FundSource f) => new()
    {
        Name = f.Name,
        PriorYear = f.PriorYear?.Value,
        CurrentYear = f.CurrentYear?.Value,
        Children = [.. f.Children.Select(From)],
    };

    internal FundSource ToDomain(string path) => new()
    {
        Name = Name ?? "",
        PriorYear = BudgetDto.Amount(PriorYear),
        CurrentYear = BudgetDto.Amount(CurrentYear),
        Children = DeclarationDto.Map(Children, JsonPath.Member(path, "children"), (child, childPath) => child.ToDomain(childPath)),
    };
}
