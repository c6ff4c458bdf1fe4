using Jixiao.Domain;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Json;

/// The declaration as JSON (docs/json.md), member for member and in the documented order. The server returns it
/// and takes it back: <see cref="From"/> and <see cref="ToDomain()"/> are the whole mapping, written by hand.
/// Every member is nullable because reading is lenient: a missing member is a blank cell.
public sealed record DeclarationDto
{
    public string? Title { get; init; }
    public int? Year { get; init; }
    public string? Region { get; init; }
    public string? ProjectName { get; init; }
    public string? Department { get; init; }
    public string? DepartmentHead { get; init; }
    public string? BudgetCode { get; init; }
    public DateOnly? FiledOn { get; init; }
    public string? ProjectLead { get; init; }
    public string? ContactPerson { get; init; }
    public string? ContactPhone { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public string? Overview { get; init; }
    public string? Measures { get; init; }
    public string? OverallGoal { get; init; }
    public string? AnnualGoal { get; init; }
    public string? ImplementingUnit { get; init; }
    public string? ProjectAttribute { get; init; }
    public IReadOnlyList<string?>? ProjectTypes { get; init; }
    public BudgetDto? Budget { get; init; }
    public IReadOnlyList<FundSourceDto?>? FundSources { get; init; }
    public IReadOnlyList<IndicatorDto?>? Indicators { get; init; }
    public IReadOnlyList<ReviewBoxDto?>? Reviews { get; init; }
    public IReadOnlyList<string?>? Notes { get; init; }
    public IReadOnlyList<FormFieldDto?>? OtherFields { get; init; }

    public static DeclarationDto From(Declaration d) => new()
    {
        Title = d.Title,
        Year = d.Year,
        Region = d.Region,
        ProjectName = d.ProjectName,
        Department = d.Department,
        DepartmentHead = d.DepartmentHead,
        BudgetCode = d.BudgetCode,
        FiledOn = d.FiledOn,
        ProjectLead = d.ProjectLead,
        ContactPerson = d.ContactPerson,
        ContactPhone = d.ContactPhone,
        StartDate = d.StartDate,
        EndDate = d.EndDate,
        Overview = d.Overview,
        Measures = d.Measures,
        OverallGoal = d.OverallGoal,
        AnnualGoal = d.AnnualGoal,
        ImplementingUnit = d.ImplementingUnit,
        ProjectAttribute = d.ProjectAttribute,
        ProjectTypes = [.. d.ProjectTypes.Select(JsonNames.Of)],
        Budget = BudgetDto.From(d.Budget),
        FundSources = [.. d.FundSources.Select(FundSourceDto.From)],
        Indicators = [.. d.Indicators.Select(IndicatorDto.From)],
        Reviews = [.. d.Reviews.Select(ReviewBoxDto.From)],
        Notes = [.. d.Notes],
        OtherFields = [.. d.OtherFields.Select(FormFieldDto.From)],
    };

    /// The declaration; a value that means nothing ("direction": "up") throws <see cref="JsonReadException"/>.
    public Declaration ToDomain() => ToDomain(MappingProblems.Strict());

    /// The declaration; each value that means nothing is left blank and reported as an error finding instead
    /// (code INVALID_JSON_VALUE, located at the member), so that every such problem is seen at once.
    public Declaration ToDomain(out IReadOnlyList<Finding> findings)
    {
        var problems = MappingProblems.Collect();
        var declaration = ToDomain(problems);
        findings = problems.Findings;
        return declaration;
    }

    internal Declaration ToDomain(MappingProblems problems) => new()
    {
        Title = Title,
        Year = Year,
        Region = Region,
        ProjectName = ProjectName,
        Department = Department,
        DepartmentHead = DepartmentHead,
        BudgetCode = BudgetCode,
        FiledOn = FiledOn,
        ProjectLead = ProjectLead,
        ContactPerson = ContactPerson,
        ContactPhone = ContactPhone,
        StartDate = StartDate,
        EndDate = EndDate,
        Overview = Overview,
        Measures = Measures,
        OverallGoal = OverallGoal,
        AnnualGoal = AnnualGoal,
        ImplementingUnit = ImplementingUnit,
        ProjectAttribute = ProjectAttribute,
        ProjectTypes = ProjectTypesToDomain(problems),
        Budget = Budget?.ToDomain() ?? BudgetSummary.Empty,
        FundSources = Map(FundSources, "fundSources", (dto, path) => dto.ToDomain(path)),
        Indicators = Map(Indicators, "indicators", (dto, path) => dto.ToDomain(path, problems)),
        Reviews = Map(Reviews, "reviews", (dto, path) => dto.ToDomain(path, problems)),
        Notes = Map(Notes, "notes", (note, _) => note, "应为字符串"),
        OtherFields = Map(OtherFields, "otherFields", (dto, _) => dto.ToDomain()),
    };

    private ValueList<ProjectType> ProjectTypesToDomain(MappingProblems problems)
    {
        var types = new List<ProjectType>();
        for (var i = 0; i < (ProjectTypes?.Count ?? 0); i++)
        {
            var path = JsonPath.Item("projectTypes", i);
            var text = MappingProblems.NotNull(ProjectTypes![i], path, "应为字符串");
            if (JsonNames.TryParse<ProjectType>(text, out var type)) types.Add(type);
            else problems.Report(path, $"项目类型「{text}」无法识别", $"可用的值：{JsonNames.All<ProjectType>()}");
        }
        return types.ToValueList();
    }

    /// Maps a JSON array onto a model list; a missing array is an empty list, a null element is a wrong shape.
    internal static ValueList<T> Map<TDto, T>(IReadOnlyList<TDto?>? items, string path, Func<TDto, string, T> map, string expected = "应为对象")
        where TDto : class =>
        items is null
            ? []
            : items.Select((item, i) => map(MappingProblems.NotNull(item, JsonPath.Item(path, i), expected), JsonPath.Item(path, i))).ToValueList();
}

/// 项目总预算 = 本年度申请预算 + 结转结余总额, in 万元.
public sealed record BudgetDto
{
    public decimal? Total { get; init; }
    public decimal? CurrentYear { get; init; }
    public decimal? CarryOver { get; init; }

    public static BudgetDto From(BudgetSummary b) => new()
    {
        Total = b.Total?.Value,
        CurrentYear = b.CurrentYear?.Value,
        CarryOver = b.CarryOver?.Value,
    };

    public BudgetSummary ToDomain() => new()
    {
        Total = Amount(Total),
        CurrentYear = Amount(CurrentYear),
        CarryOver = Amount(CarryOver),
    };

    internal static WanYuan? Amount(decimal? value) => value is { } v ? new WanYuan(v) : null;
}

/// A labelled value the form carries that the model has no member for (项目类别, 立项依据 …).
public sealed record FormFieldDto
{
    public string? Label { get; init; }
    public string? Value { get; init; }

    public static FormFieldDto From(FormField f) => new() { Label = f.Label, Value = f.Value };

    public FormField ToDomain() => new(Label ?? "", Value ?? "");
}
