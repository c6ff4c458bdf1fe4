using Jixiao.Domain.Budget;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;

namespace Jixiao.Interchange.Text;

/// The declaration while it is being read: fields are filled as their labels are found, each with its source line.
/// A field is filled once; a second, different value for it goes to OtherFields under its printed label, so that
/// nothing on the form is lost.
internal sealed class DeclarationDraft(int expectedRows = 0)
{
    public string? Title;
    public int? Year;
    public string? Region;
    public string? ProjectName;
    public string? Department;
    public string? DepartmentHead;
    public string? BudgetCode;
    public DateOnly? FiledOn;
    public string? ProjectLead;
    public string? ContactPerson;
    public string? ContactPhone;
    public DateOnly? StartDate;
    public DateOnly? EndDate;
    public string? Overview;
    public string? Measures;
    public string? OverallGoal;
    public string? AnnualGoal;
    public string? ImplementingUnit;
    public string? ProjectAttribute;
    public WanYuan? BudgetTotal;
    public WanYuan? BudgetCurrentYear;
    public WanYuan? BudgetCarryOver;

    /// The form prints a 项目总预算 label (filled or not): its total is then what it says, never derived.
    public bool PrintsBudgetTotal;

    public readonly List<ProjectType> ProjectTypes = [];

    // 预算单位 / 单位名称 as printed, held until the whole form is read: see PlaceBudgetUnit.
    private (string Label, string Value, int Line, string? Suffix)? _budgetUnit;

    // 填报单位(盖章) as printed, held until the whole form is read: see PlaceFilingUnit.
    private (string Label, string Value, int Line)? _filingUnit;

    public readonly List<FormField> OtherFields = [];
    // Sized by the text's rows: most rows of a form are indicators, each with a location in the source map.
    public readonly List<Indicator> Indicators = new(expectedRows);
    public readonly List<ReviewBox> Reviews = [];
    public readonly List<string> Notes = [];
    public readonly FundTreeBuilder Funds = new();
    public readonly SourceMap Sources = new(expectedRows + 32);
    public readonly List<Finding> Findings = [];

    /// How many 元 one printed unit of money is: 10000 (万元, the form's own unit) unless the form says 金额单位：元.
    public decimal YuanPerUnit = 10000m;

    /// Labels, table headings and level names recognised: a text with none is not a declaration form.
    public int Recognised;

    /// Rows of a long-term table (长期绩效指标) not yet met by an annual row of the same name; what is left at the end
    /// becomes indicators of their own, without an annual value.
    public readonly List<(Indicator Indicator, int Line)> LongTermOnly = [];

    /// The label of the review box whose sections come on the rows below it (市财政局审核意见 | 业务科室 …, then
    /// | 绩效科 …), while they may.
    public string? ReviewGroup;

    /// The review box whose label stood alone on its line (one cell per line) and what it holds so far: the lines
    /// below it are its cells (opinion, 审核人, 日期) until its date.
    public (int Index, string Content)? OpenReviewBox;

    /// The text field filled last and its line: a cell continued after a page break is appended to it.
    public LabelMeaning? LastTextField;

    /// The source line of <see cref="LastTextField"/>'s value, or of its last continuation.
    public int LastTextLine;

    public void Unplaced(string location, string cell, int line) => Findings.Add(ReaderFindings.Unplaced(location, cell, line));

    /// Fills the field the label stands for. Returns false when the value is empty.
    public bool Set(LabelMeaning meaning, string printedLabel, string value, int line, string? suffix = null)
    {
        value = ChineseText.Normalize(value);
        if (value.Length == 0 || IsBlankDateTemplate(value)) return false;
        LastTextField = null;
        switch (meaning)
        {
            case LabelMeaning.ProjectName: return SetText(ref ProjectName, "projectName", meaning, printedLabel, value, line);
            case LabelMeaning.Department: return SetDepartment(printedLabel, value, line, suffix);
            case LabelMeaning.DepartmentHead: return SetText(ref DepartmentHead, "departmentHead", meaning, printedLabel, value, line);
            case LabelMeaning.BudgetCode: return SetText(ref BudgetCode, "budgetCode", meaning, printedLabel, value, line);
            case LabelMeaning.ProjectLead: return SetText(ref ProjectLead, "projectLead", meaning, printedLabel, value, line);
            case LabelMeaning.ContactPerson: return SetText(ref ContactPerson, "contactPerson", meaning, printedLabel, value, line);
            case LabelMeaning.ContactPhone: return SetText(ref ContactPhone, "contactPhone", meaning, printedLabel, value, line);
            case LabelMeaning.Overview: return SetText(ref Overview, "overview", meaning, printedLabel, value, line);
            case LabelMeaning.Measures: return SetText(ref Measures, "measures", meaning, printedLabel, value, line);
            case LabelMeaning.OverallGoal: return SetText(ref OverallGoal, "overallGoal", meaning, printedLabel, value, line);
            case LabelMeaning.AnnualGoal: return SetText(ref AnnualGoal, "annualGoal", meaning, printedLabel, value, line);
            case LabelMeaning.ImplementingUnit: return SetText(ref ImplementingUnit, "implementingUnit", meaning, printedLabel, value, line);
            case LabelMeaning.ProjectAttribute: return SetText(ref ProjectAttribute, "projectAttribute", meaning, printedLabel, value, line);
            case LabelMeaning.ProjectLeadAndPhone: return SetNameAndPhone(ref ProjectLead, "projectLead", LabelMeaning.ProjectLead, printedLabel, value, line);
            case LabelMeaning.ContactPersonAndPhone:
                return SetNameAndPhone(ref ContactPerson, "contactPerson", LabelMeaning.ContactPerson, printedLabel, value, line);
            case LabelMeaning.DepartmentAndCode: return SetDepartmentAndCode(printedLabel, value, line);
            case LabelMeaning.BudgetUnit when _budgetUnit is null:
                _budgetUnit = (printedLabel, value, line, suffix);
                return true;
            case LabelMeaning.BudgetUnit when _budgetUnit is { } held && held.Value == value: return true;
            case LabelMeaning.FilingUnit when _filingUnit is null:
                _filingUnit = (printedLabel, value, line);
                return true;
            case LabelMeaning.FiledOn: return SetDate(ref FiledOn, "filedOn", printedLabel, value, line, month: null);
            case LabelMeaning.StartDate: return SetDate(ref StartDate, "startDate", printedLabel, value, line, month: MonthDay.First);
            case LabelMeaning.EndDate: return SetDate(ref EndDate, "endDate", printedLabel, value, line, month: MonthDay.Last);
            case LabelMeaning.ProjectPeriod: return SetPeriod(printedLabel, value, line);
            case LabelMeaning.BudgetTotal: return SetAmount(ref BudgetTotal, "budget.total", printedLabel, value, line, suffix);
            case LabelMeaning.BudgetCurrentYear: return SetAmount(ref BudgetCurrentYear, "budget.currentYear", printedLabel, value, line, suffix);
            case LabelMeaning.BudgetCarryOver: return SetAmount(ref BudgetCarryOver, "budget.carryOver", printedLabel, value, line, suffix);
            case LabelMeaning.MoneyUnit: return SetMoneyUnit(printedLabel, value, line);
            case LabelMeaning.Year: return SetYear(printedLabel, value, line);
            default: return AddOther(printedLabel, value, line);
        }
    }

    /// "年 月 日", "年 月 至 年 月", "____年__月__日": a blank form's date template, left unfilled. It is no value (a
    /// blank cell), not a date that cannot be read.
    private static bool IsBlankDateTemplate(string value)
    {
        if (value[0] is not ('年' or '_' or '＿')) return false;
        foreach (var c in value)
            if (c is not ('年' or '月' or '日' or '至' or '-' or '—' or '_' or '＿' or '/')) return false;
        return true;
    }

    /// Appends the rest of a cell continued after a page break to the text field filled last.
    public bool Continue(string rest)
    {
        switch (LastTextField)
        {
            case LabelMeaning.Overview: Overview = ChineseText.Join(Overview ?? "", rest); return true;
            case LabelMeaning.Measures: Measures = ChineseText.Join(Measures ?? "", rest); return true;
            case LabelMeaning.OverallGoal: OverallGoal = ChineseText.Join(OverallGoal ?? "", rest); return true;
            case LabelMeaning.AnnualGoal: AnnualGoal = ChineseText.Join(AnnualGoal ?? "", rest); return true;
            case LabelMeaning.ProjectName: ProjectName = ChineseText.Join(ProjectName ?? "", rest); return true;
            case LabelMeaning.ImplementingUnit: ImplementingUnit = ChineseText.Join(ImplementingUnit ?? "", rest); return true;
            case LabelMeaning.Department: Department = ChineseText.Join(Department ?? "", rest); return true;
            default: return false;
        }
    }

    /// The prose field read last (项目概况, 保障措施, 总体目标, 年度目标) stops mid-sentence: no 。 or ； at its end.
    public bool ProseStopsMidSentence()
    {
        var text = LastTextField switch
        {
            LabelMeaning.Overview => Overview,
            LabelMeaning.Measures => Measures,
            LabelMeaning.OverallGoal => OverallGoal,
            LabelMeaning.AnnualGoal => AnnualGoal,
            _ => null,
        };
        return text is { Length: > 0 } && text[^1] is not ('。' or '；' or ';' or '！' or '!' or '？' or '?');
    }

    /// Appends the next line of a prose field (项目概况, 保障措施, 总体目标, 年度目标) to it: a line wrapped mid-sentence
    /// goes straight on, a line after a sentence's end (目标1：…。 then 目标2：…) starts a line of its own.
    public bool ContinueProse(string rest, int line)
    {
        if (LastTextField is not (LabelMeaning.Overview or LabelMeaning.Measures or LabelMeaning.OverallGoal or LabelMeaning.AnnualGoal)) return false;
        var text = LastTextField switch
        {
            LabelMeaning.Overview => Overview,
            LabelMeaning.Measures => Measures,
            LabelMeaning.OverallGoal => OverallGoal,
            _ => AnnualGoal,
        };
        if (text is { Length: > 0 } && text[^1] is '。' or '；' or ';' or '！' or '!' or '？' or '?')
            rest = "\n" + rest;
        Continue(rest);
        LastTextLine = line;
        return true;
    }

    /// "[126]某县水利局" (also 【126】, (126)): the code before the name is the department's budget code.
    private bool SetDepartmentAndCode(string printedLabel, string value, int line)
    {
        var close = value.Length > 2 && value[0] is '[' or '【' or '(' or '（' ? value.AsSpan(1).IndexOfAny("]】)）") + 1 : -1;
        if (close <= 1 || close == value.Length - 1 || value.AsSpan(1, close - 1).ContainsAnyExceptInRange('0', '9'))
            return SetText(ref Department, "department", LabelMeaning.Department, printedLabel, value, line);
        if (BudgetCode is null) SetText(ref BudgetCode, "budgetCode", LabelMeaning.BudgetCode, printedLabel, value[1..close], line);
        return SetText(ref Department, "department", LabelMeaning.Department, printedLabel, value[(close + 1)..].Trim(), line);
    }

    /// 主管部门 (512)乌海市应急管理局(部门) (Inner Mongolia's budget system export): the export prints each item's code in
    /// brackets after its label and marks the department's level with (部门). The department's code is its budget
    /// code, as 主管部门及代码's "[301]…" is; the level mark is no part of its name.
    private bool SetDepartment(string printedLabel, string value, int line, string? suffix)
    {
        if (suffix is { Length: > 0 } code && !code.AsSpan().ContainsAnyExceptInRange('0', '9') && BudgetCode is null)
            SetText(ref BudgetCode, "budgetCode", LabelMeaning.BudgetCode, printedLabel, code, line);
        foreach (var mark in (ReadOnlySpan<string>)["(部门)", "（部门）"])
            if (value.Length > mark.Length && value.EndsWith(mark, StringComparison.Ordinal)) value = value[..^mark.Length].TrimEnd();
        return SetText(ref Department, "department", LabelMeaning.Department, printedLabel, value, line);
    }

    public bool AddOther(string printedLabel, string value, int line)
    {
        Sources.Add($"otherFields[{OtherFields.Count}]", new SourceRef(line));
        OtherFields.Add(new FormField(ChineseText.Normalize(printedLabel), value));
        return true;
    }

    private bool SetText(ref string? field, string location, LabelMeaning meaning, string printedLabel, string value, int line)
    {
        if (field is null)
        {
            field = value;
            Sources.Add(location, new SourceRef(line));
            LastTextField = meaning;
            LastTextLine = line;
            return true;
        }
        return field == value || AddOther(printedLabel, value, line);
    }

    /// Which day a date field given as a month, a year or a range stands for; a filing date needs its day.
    private enum MonthDay { First, Last }

    private bool SetDate(ref DateOnly? field, string location, string printedLabel, string value, int line, MonthDay? month)
    {
        DateOnly date;
        // A month, a run of months or a year first ("2023年1月", "2023年1-12月", "2024年底"): the date reader would take
        // "2023年1-12月" for 12 January. A full date is no period and goes on to the date reader.
        if (month is { } day && FormValues.TryParsePeriod(value, out var first, out var last))
            date = day == MonthDay.First ? StartOf(value, first) : last;
        else if (!FormValues.TryParseDateOrSerial(value, out date))
        {
            Findings.Add(ReaderFindings.Unreadable(location, ChineseText.Normalize(printedLabel), value, "日期", line));
            return AddOther(printedLabel, value, line);
        }
        if (field is not null) return field == date || AddOther(printedLabel, value, line);
        field = date;
        Sources.Add(location, new SourceRef(line));
        return true;
    }

    /// The first day of a period as a start date, unless its start is a year's end ("2023年底", "2023年底至2024年底").
    private static DateOnly StartOf(string value, DateOnly first)
    {
        var joint = value.AsSpan().IndexOfAny(FormValues.StartEndJoints);
        var start = joint > 0 ? value[..joint] : value;
        return start.AsSpan().IndexOfAny('底', '末') >= 0 && FormValues.TryParsePeriod(start, out _, out var yearEnd) ? yearEnd : first;
    }

    private bool SetPeriod(string printedLabel, string value, int line)
    {
        // "3年", "36个月": how long, not when — kept as printed, as a field the model has none for.
        if (FormValues.IsDuration(value)) return AddOther(printedLabel, value, line);
        if (!FormValues.TryParsePeriod(value, out var start, out var end))
        {
            Findings.Add(ReaderFindings.Unreadable("startDate", ChineseText.Normalize(printedLabel), value, "起止日期", line));
            return AddOther(printedLabel, value, line);
        }
        if ((StartDate is not null && StartDate != start) || (EndDate is not null && EndDate != end)) return AddOther(printedLabel, value, line);
        (StartDate, EndDate) = (start, end);
        Sources.Add("startDate", new SourceRef(line));
        Sources.Add("endDate", new SourceRef(line));
        return true;
    }

    private bool SetAmount(ref WanYuan? field, string location, string printedLabel, string value, int line, string? suffix)
    {
        if (!FormValues.TryParseAmount(value, YuanPerUnitFor(suffix), out var amount))
        {
            Findings.Add(ReaderFindings.Unreadable(location, ChineseText.Normalize(printedLabel), value, "金额", line));
            return AddOther(printedLabel, value, line);
        }
        if (field is not null) return field == amount || AddOther(printedLabel, value, line);
        field = amount;
        Sources.Add(location, new SourceRef(line));
        return true;
    }

    /// A bracketed unit after a label ("(万元)", "(元)") wins over the form's unit.
    public decimal YuanPerUnitFor(string? suffix) => suffix switch
    {
        "万元" => 10000m,
        "元" => 1m,
        _ => YuanPerUnit,
    };

    private bool SetYear(string printedLabel, string value, int line)
    {
        var digits = value.AsSpan().TrimEnd("年度");
        if (digits.Length != 4 || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            Findings.Add(ReaderFindings.Unreadable("year", ChineseText.Normalize(printedLabel), value, "年度", line));
            return AddOther(printedLabel, value, line);
        }
        if (Year is not null) return Year == year || AddOther(printedLabel, value, line);
        Year = year;
        Sources.Add("year", new SourceRef(line));
        return true;
    }

    private bool SetMoneyUnit(string printedLabel, string value, int line)
    {
        switch (value)
        {
            case "万元":
                YuanPerUnit = 10000m;
                return true;
            case "元":
                if (YuanPerUnit != 1m) Findings.Add(ReaderFindings.Converted(line));
                YuanPerUnit = 1m;
                return true;
            default:
                return AddOther(printedLabel, value, line);
        }
    }

    /// "郭铁梅189XXXXXXXX", "张三 13800000000", "张三/0791-1234567": the name (of the project lead or the contact
    /// person), then the number.
    private bool SetNameAndPhone(ref string? nameField, string location, LabelMeaning nameMeaning, string printedLabel, string value, int line)
    {
        var digit = value.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit <= 0) return SetText(ref nameField, location, nameMeaning, printedLabel, value, line);
        var name = value.AsSpan(0, digit).TrimEnd(" /,，、:：;；（(".AsSpan()).ToString();
        var phone = value[digit..];
        if (name.Length > 0) SetText(ref nameField, location, nameMeaning, printedLabel, name, line);
        SetText(ref ContactPhone, "contactPhone", LabelMeaning.ContactPhone, printedLabel, phone, line);
        LastTextField = null;
        return true;
    }

    /// 填报单位(盖章), the unit that filled in and stamped the form, is the department (编报部门(盖章) on the Nanchang
    /// form, docs/json.md's department) when the form names no other; a form that also prints 主管部门 keeps that as
    /// the department, since the review route starts at it (domain notes §5). A filing unit that is the department or
    /// the implementing unit (项目单位, which often fills the form) is said already; any other is kept under its label.
    public void PlaceFilingUnit()
    {
        PlaceBudgetUnit();
        if (_filingUnit is not { } filingUnit) return;
        var (label, value, line) = filingUnit;
        _filingUnit = null;
        if (Department is null) SetText(ref Department, "department", LabelMeaning.Department, label, value, line);
        else if (value != Department && value != ImplementingUnit) AddOther(label, value, line);
        LastTextField = null;
    }

    /// 预算单位 / 单位名称 names the unit whose budget holds the project. On a form that names no 主管部门 that unit is the
    /// department (docs/json.md); beside a 主管部门 (主管部门 | 某县水利局 | 预算单位 | 某县供水中心) it is the unit below the
    /// department that carries the project out, the implementing unit, unless the form names that one too: then it is
    /// kept under its label (decision 0010). The department stays the 主管部门, where the review route starts (§5).
    private void PlaceBudgetUnit()
    {
        if (_budgetUnit is not { } unit) return;
        var (label, value, line, suffix) = unit;
        _budgetUnit = null;
        if (Department is null) SetDepartment(label, value, line, suffix);
        else if (value != Department && value != ImplementingUnit)
        {
            if (ImplementingUnit is null) SetText(ref ImplementingUnit, "implementingUnit", LabelMeaning.ImplementingUnit, label, value, line);
            else AddOther(label, value, line);
        }
    }

    /// A form without a 项目总预算 line (资金总额, 年度资金总额 or 合计 only) still has a total: domain notes §2 define it
    /// as this year's request plus the carry-over. A carry-over the form does not state is none (it stays blank, as
    /// the form left it, and BUDGET_SUM counts a blank carry-over as 0): the total is then this year's request.
    public void DeriveBudgetTotal()
    {
        if (PrintsBudgetTotal || BudgetTotal is not null || BudgetCurrentYear is not { } currentYear) return;
        BudgetTotal = BudgetCarryOver is { } carryOver ? currentYear + carryOver : currentYear;
        if (Sources.Find("budget.currentYear") is { } source) Sources.Add("budget.total", source);
    }

    /// The long-term rows no annual row met, as indicators of their own after the others (their annual value missing).
    public void AddLongTermOnly()
    {
        foreach (var (indicator, line) in LongTermOnly)
        {
            Sources.Add(Locations.Indicator(Indicators.Count), new SourceRef(line));
            Indicators.Add(indicator);
        }
        LongTermOnly.Clear();
    }

    public Declaration Build() => new()
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
        ProjectTypes = [.. ProjectTypes],
        Budget = new BudgetSummary { Total = BudgetTotal, CurrentYear = BudgetCurrentYear, CarryOver = BudgetCarryOver },
        FundSources = Funds.Build(Sources),
        Indicators = Indicators,
        Reviews = Reviews,
        Notes = Notes,
        OtherFields = OtherFields,
    };
}
