using Jixiao.Domain.Budget;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Json;
using Jixiao.Web.Shared.Ui;

namespace Jixiao.Web.Declarations.Editor;

/// The declaration (申报表) as the form editor holds it while the user types: mutable, with amounts kept as typed
/// text so that nothing typed is ever lost. <see cref="ToDto"/> gives the JSON of docs/json.md that the API saves and
/// the checker reads; members the editor does not show (review boxes, notes, other fields, optional indicator
/// columns) are carried over unchanged from the declaration it was loaded from.
public sealed class DeclarationDraft
{
    /// The declaration as loaded: what the editor does not show comes from here.
    private DeclarationDto _source = new();

    // ── Header (表头) and basic information (项目基本情况) ──
    public string? Title { get; set; }
    public int? Year { get; set; }
    public string? Region { get; set; }
    public string? ProjectName { get; set; }
    public string? Department { get; set; }
    public string? DepartmentHead { get; set; }
    public string? BudgetCode { get; set; }
    public DateOnly? FiledOn { get; set; }
    public string? ProjectLead { get; set; }
    public string? ContactPerson { get; set; }
    public string? ContactPhone { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Overview { get; set; }
    public string? Measures { get; set; }
    public string? OverallGoal { get; set; }
    public string? AnnualGoal { get; set; }
    public string? ImplementingUnit { get; set; }
    public string? ProjectAttribute { get; set; }

    /// 项目类型 as the API names them (general, ppp …).
    public List<string> ProjectTypes { get; private set; } = [];

    // ── Money (万元) ──

    /// 项目总预算
    public AmountText BudgetTotal { get; private set; } = new();

    /// 本年度申请预算
    public AmountText BudgetCurrentYear { get; private set; } = new();

    /// 结转结余总额
    public AmountText BudgetCarryOver { get; private set; } = new();

    /// 项目预算资金来源构成, a tree under 合计.
    public List<FundSourceRow> FundSources { get; private set; } = [];

    // ── Targets (项目绩效目标) ──

    /// The indicator table in form order, which the editor keeps grouped by level 1 and level 2.
    public List<IndicatorRow> Indicators { get; private set; } = [];

    /// The rows' keys in the order the declaration was stored: review comments and the server's findings name rows
    /// by that index, while the editor keeps them grouped.
    public IReadOnlyList<Guid> LoadedOrder { get; private set; } = [];

    /// The draft of a declaration as the API sent it. A target given only by its typed members (a value built in
    /// code) gets its canonical text. The editor keeps rows <paramref name="grouped"/> by level 1 and level 2; a
    /// read-only view keeps the stored order, whose numbers comments and findings use.
    public static DeclarationDraft From(DeclarationDto dto, bool grouped = true)
    {
        var declaration = dto.ToDomain(out _);
        var draft = new DeclarationDraft
        {
            _source = dto,
            Title = dto.Title, Year = dto.Year, Region = dto.Region, ProjectName = dto.ProjectName, Department = dto.Department,
            DepartmentHead = dto.DepartmentHead, BudgetCode = dto.BudgetCode, FiledOn = dto.FiledOn, ProjectLead = dto.ProjectLead,
            ContactPerson = dto.ContactPerson, ContactPhone = dto.ContactPhone, StartDate = dto.StartDate, EndDate = dto.EndDate,
            Overview = dto.Overview, Measures = dto.Measures, OverallGoal = dto.OverallGoal, AnnualGoal = dto.AnnualGoal,
            ImplementingUnit = dto.ImplementingUnit, ProjectAttribute = dto.ProjectAttribute,
            ProjectTypes = [.. (dto.ProjectTypes ?? []).OfType<string>()],
            BudgetTotal = AmountText.Of(dto.Budget?.Total),
            BudgetCurrentYear = AmountText.Of(dto.Budget?.CurrentYear),
            BudgetCarryOver = AmountText.Of(dto.Budget?.CarryOver),
            FundSources = [.. (dto.FundSources ?? []).OfType<FundSourceDto>().Select(FundSourceRow.From)],
        };
        var indicators = dto.Indicators ?? [];
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i] is not { } row) continue;
            draft.Indicators.Add(new IndicatorRow
            {
                Level1 = row.Level1 ?? "", Level2 = row.Level2 ?? "", Name = row.Name ?? "",
                Target = i < declaration.Indicators.Count ? declaration.Indicators[i].Target.ToString() : row.Target?.Text ?? "",
                Source = row,
            });
        }
        draft.LoadedOrder = [.. draft.Indicators.Select(r => r.Key)];
        if (grouped) IndicatorGroups.Normalize(draft.Indicators);
        return draft;
    }

    /// The JSON of docs/json.md: blank text is null (a blank cell), an amount that is not a number is blank too
    /// (its text stays in the editor, marked).
    public DeclarationDto ToDto() => _source with
    {
        Title = Blank(Title), Year = Year, Region = Blank(Region), ProjectName = Blank(ProjectName),
        Department = Blank(Department), DepartmentHead = Blank(DepartmentHead), BudgetCode = Blank(BudgetCode),
        FiledOn = FiledOn, ProjectLead = Blank(ProjectLead), ContactPerson = Blank(ContactPerson),
        ContactPhone = Blank(ContactPhone), StartDate = StartDate, EndDate = EndDate, Overview = Blank(Overview),
        Measures = Blank(Measures), OverallGoal = Blank(OverallGoal), AnnualGoal = Blank(AnnualGoal),
        ImplementingUnit = Blank(ImplementingUnit), ProjectAttribute = Blank(ProjectAttribute),
        ProjectTypes = [.. ProjectTypes],
        Budget = new BudgetDto { Total = BudgetTotal.Value, CurrentYear = BudgetCurrentYear.Value, CarryOver = BudgetCarryOver.Value },
        FundSources = [.. FundSources.Select(f => f.ToDto())],
        Indicators = [.. Indicators.Select(i => i.ToDto())],
    };

    /// A deep copy; indicator rows keep their keys, so comments and undo entries still find them.
    public DeclarationDraft Clone()
    {
        var copy = (DeclarationDraft)MemberwiseClone();
        copy.ProjectTypes = [.. ProjectTypes];
        copy.BudgetTotal = BudgetTotal.Clone();
        copy.BudgetCurrentYear = BudgetCurrentYear.Clone();
        copy.BudgetCarryOver = BudgetCarryOver.Clone();
        copy.FundSources = [.. FundSources.Select(f => f.Clone())];
        copy.Indicators = [.. Indicators.Select(i => i.Clone())];
        return copy;
    }

    /// Takes over everything <paramref name="other"/> holds (an import over the current declaration, an undo of it).
    public void ReplaceWith(DeclarationDraft other)
    {
        var copy = other.Clone();
        foreach (var field in DraftFields.All) field.Set(this, field.Get(copy));
        _source = copy._source;
        ProjectTypes = copy.ProjectTypes;
        FundSources = copy.FundSources;
        Indicators = copy.Indicators;
    }

    /// The same indicator row, found by its key.
    public IndicatorRow? Row(Guid key) => Indicators.Find(r => r.Key == key);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

/// An amount in 万元 as typed. Blank is a blank cell (null), never 0; text that is not a number is kept and marked.
public sealed class AmountText
{
    public string Text { get; set; } = "";

    public decimal? Value => WanYuan.TryParse(Text, out var amount) ? amount.Value : null;

    public bool IsInvalid => !string.IsNullOrWhiteSpace(Text) && Value is null;

    public static AmountText Of(decimal? value) => new() { Text = Zh.Amount(value) };

    public AmountText Clone() => new() { Text = Text };
}

/// One row of 项目预算资金来源构成 with its two columns, 上年度资金 and 本年度资金.
public sealed class FundSourceRow
{
    public string Name { get; set; } = "";
    public AmountText PriorYear { get; private set; } = new();
    public AmountText CurrentYear { get; private set; } = new();
    public List<FundSourceRow> Children { get; private set; } = [];

    public static FundSourceRow From(FundSourceDto dto) => new()
    {
        Name = dto.Name ?? "",
        PriorYear = AmountText.Of(dto.PriorYear),
        CurrentYear = AmountText.Of(dto.CurrentYear),
        Children = [.. (dto.Children ?? []).OfType<FundSourceDto>().Select(From)],
    };

    public FundSourceDto ToDto() => new()
    {
        Name = Name, PriorYear = PriorYear.Value, CurrentYear = CurrentYear.Value,
        Children = [.. Children.Select(c => c.ToDto())],
    };

    public FundSourceRow Clone() => new()
    {
        Name = Name, PriorYear = PriorYear.Clone(), CurrentYear = CurrentYear.Clone(), Children = [.. Children.Select(c => c.Clone())],
    };

    /// The sum of the rows under this one in a column, or null when all of them are blank (not broken down).
    public static decimal? SumOf(IEnumerable<FundSourceRow> children, Func<FundSourceRow, AmountText> column)
    {
        decimal? sum = null;
        foreach (var child in children)
        {
            var value = column(child).Value ?? (child.Children.Count > 0 ? SumOf(child.Children, column) : null);
            if (value is { } v) sum = (sum ?? 0) + v;
        }
        return sum;
    }
}

/// A level-3 indicator (三级指标) row: its level 1 and level 2, name and target value (指标值) as typed.
public sealed class IndicatorRow
{
    /// Stays with the row when it moves, so that focus, comments and undo find it.
    public Guid Key { get; private init; } = Guid.NewGuid();

    public string Level1 { get; set; } = "";
    public string Level2 { get; set; } = "";
    public string Name { get; set; } = "";
    public string Target { get; set; } = "";

    /// How the checker's parser understood <see cref="Target"/> the last time the draft was checked.
    public TargetValue? Understood { get; set; }

    /// The row as loaded: its optional columns (unit, direction, weight …) are kept as they were.
    public IndicatorDto? Source { get; init; }

    public IndicatorDto ToDto() => (Source ?? new IndicatorDto()) with
    {
        Level1 = Level1,
        Level2 = Level2,
        Name = Name,
        Target = string.IsNullOrWhiteSpace(Target) ? null : new TargetDto { Text = Target },
    };

    public IndicatorRow Clone() => new()
    {
        Key = Key, Level1 = Level1, Level2 = Level2, Name = Name, Target = Target, Understood = Understood, Source = Source,
    };
}
