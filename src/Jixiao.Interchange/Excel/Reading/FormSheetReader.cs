using Jixiao.Domain;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Excel.Reading;

/// Reads the declaration off one sheet by its labels: each part of the form is found where its label is, so rows
/// added, deleted or moved by the filer, merged or unmerged cells, and other writers' layouts all read the same.
internal sealed partial class FormSheetReader
{
    private readonly FormSheet _sheet;
    private readonly IndicatorHeader? _indicatorHeader;

    private FormSheetReader(FormSheet sheet)
    {
        _sheet = sheet;
        _indicatorHeader = FindIndicatorHeader();
    }

    /// True when the sheet has the indicator table's header or at least three of the form's labels.
    public static bool LooksLikeForm(FormSheet sheet)
    {
        var reader = new FormSheetReader(sheet);
        if (reader._indicatorHeader is not null) return true;
        var found = KnownLabels.Keys.Count(field => sheet.Find(field.Value).Any());
        return found >= 3;
    }

    public static ReadResult Read(FormSheet sheet)
    {
        var reader = new FormSheetReader(sheet);
        var declaration = reader.ReadDeclaration();
        return new ReadResult(declaration, sheet.Findings, sheet.Sources);
    }

    private Declaration ReadDeclaration()
    {
        var (title, titleCell) = ReadTitle();
        var region = Hits(ScalarField.Region).Any() ? ReadText(ScalarField.Region, "region") : Writing.FormSheetWriter.RegionOf(title);
        if (titleCell is { } t) _sheet.Source("title", t.Row, t.Col);
        var indicators = ReadIndicators(out var tableEnd);
        return new Declaration
        {
            Title = title,
            Year = ReadYear(titleCell?.Row),
            Region = region,
            ProjectName = ReadText(ScalarField.ProjectName, "projectName"),
            Department = ReadText(ScalarField.Department, "department"),
            DepartmentHead = ReadText(ScalarField.DepartmentHead, "departmentHead"),
            BudgetCode = ReadText(ScalarField.BudgetCode, "budgetCode"),
            FiledOn = ReadDate(ScalarField.FiledOn, "filedOn"),
            ProjectLead = ReadText(ScalarField.ProjectLead, "projectLead"),
            ContactPerson = ReadText(ScalarField.ContactPerson, "contactPerson"),
            ContactPhone = ReadText(ScalarField.ContactPhone, "contactPhone"),
            StartDate = ReadDate(ScalarField.StartDate, "startDate"),
            EndDate = ReadDate(ScalarField.EndDate, "endDate"),
            Overview = ReadText(ScalarField.Overview, "overview"),
            Measures = ReadText(ScalarField.Measures, "measures"),
            OverallGoal = ReadText(ScalarField.OverallGoal, "overallGoal"),
            AnnualGoal = ReadText(ScalarField.AnnualGoal, "annualGoal"),
            ImplementingUnit = ReadText(ScalarField.ImplementingUnit, "implementingUnit"),
            ProjectAttribute = ReadText(ScalarField.ProjectAttribute, "projectAttribute"),
            ProjectTypes = ReadProjectTypes(),
            Budget = ReadBudget(),
            FundSources = ReadFundSources(),
            Indicators = indicators,
            Reviews = ReadReviews(tableEnd, out var reviewsEnd),
            Notes = ReadNotes(Math.Max(tableEnd, reviewsEnd)),
            OtherFields = ReadOtherFields(),
        };
    }

    /// The cell ending in 申报表 (南昌市预算绩效目标申报表), the first such from the top.
    private (string? Title, (int Row, int Col)? Cell) ReadTitle()
    {
        foreach (var row in _sheet.Grid.RowNumbers)
        {
            if (BeforeTable(row) is false) break;
            foreach (var (col, cell) in _sheet.Grid.Row(row))
            {
                if (cell.Kind != GridCellKind.Text) continue;
                var key = FormLabels.Key(cell.Text);
                if (key.EndsWith("申报表", StringComparison.Ordinal) && key.Contains("目标", StringComparison.Ordinal))
                    return (cell.Text.Trim(), (row, col));
            }
        }
        return (null, null);
    }

    [GeneratedRegex(@"^\(?(?<year>\d{4})?年度\)?$")]
    private static partial Regex YearPattern();

    /// （2022年度）; a year line left blank （    年度） is no year. A filer who overwrote the line with just the
    /// year (2023, as a number or text) is understood too, when it stands right under the title.
    private int? ReadYear(int? titleRow)
    {
        foreach (var row in _sheet.Grid.RowNumbers.TakeWhile(r => BeforeTable(r) is not false))
        {
            foreach (var (col, cell) in _sheet.Grid.Row(row))
            {
                if (cell.Kind != GridCellKind.Text) continue;
                var match = YearPattern().Match(FormLabels.Key(cell.Text));
                if (!match.Success) continue;
                _sheet.Source("year", row, col);
                return match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            }
        }
        if (titleRow is not { } title) return null;
        foreach (var (col, cell) in _sheet.Grid.Row(title + 1))
        {
            var text = FormLabels.Key(_sheet.TextOf(cell)).Trim('(', ')').TrimEnd('年');
            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
            {
                _sheet.Source("year", title + 1, col);
                return year;
            }
        }
        return null;
    }

    /// The label's hits above the indicator table (the header and 项目基本情况 are above it on every form seen).
    private IEnumerable<LabelHit> Hits(ScalarField field) =>
        _sheet.Find(KnownLabels.Keys[field]).Where(h => BeforeTable(h.Row) is not false);

    /// Null when there is no indicator table.
    private bool? BeforeTable(int row) => _indicatorHeader is { } header ? row < header.Row : null;

    /// The first non-blank value of the field's label, as text.
    private string? ReadText(ScalarField field, string location)
    {
        foreach (var hit in Hits(field))
        {
            if (hit.Inline is { } inline)
            {
                if (inline.Length == 0) continue;
                _sheet.Source(location, hit.Row, hit.Col);
                return inline;
            }
            if (_sheet.ValueRightOf(hit.Row, hit.Col) is not { } value) continue;
            if (_sheet.ReportIfFormulaFailed(value.Cell, location, hit.Row, value.Col, LabelOf(field))) continue;
            var text = _sheet.TextOf(value.Cell);
            if (text.Length == 0) continue;
            _sheet.Source(location, hit.Row, value.Col);
            return text;
        }
        return null;
    }

    private static string LabelOf(ScalarField field) => KnownLabels.Spellings[field][0];

    private static ValueList<T> List<T>(IEnumerable<T> items) => items.ToValueList();

    private void Unreadable(string location, int row, int col, string message) =>
        _sheet.Report(ReaderCodes.CellUnreadable, Severity.Error, location, row, col, message);
}
