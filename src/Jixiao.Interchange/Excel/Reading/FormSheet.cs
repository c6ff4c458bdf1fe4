using System.Globalization;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Excel.Reading;

/// A label found on the sheet; <see cref="Inline"/> is the value written after the label in the same cell
/// ("项目名称：2022年市大数据发展专项资金"), or null when the value is in a cell of its own.
internal readonly record struct LabelHit(int Row, int Col, string? Inline);

/// One sheet being read as the form: its cells, an index of the labels on it, and the reader's findings and source map.
internal sealed class FormSheet
{
    private readonly Dictionary<string, List<LabelHit>> _labels = new(StringComparer.Ordinal);

    public FormSheet(SheetGrid grid, CellFormats formats, bool date1904)
    {
        Grid = grid;
        Formats = formats;
        Date1904 = date1904;
        foreach (var row in grid.RowNumbers)
        {
            foreach (var (col, cell) in grid.Row(row))
            {
                if (cell.Kind != GridCellKind.Text || cell.IsBlank) continue;
                var key = FormLabels.Key(cell.Text);
                Index(key, new LabelHit(row, col, null));
                var colon = key.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0) Index(key[..colon], new LabelHit(row, col, AfterColon(cell.Text)));
            }
        }
    }

    public SheetGrid Grid { get; }
    public CellFormats Formats { get; }
    public bool Date1904 { get; }
    public List<Finding> Findings { get; } = [];
    public SourceMap Sources { get; } = new();

    /// Where the label (any of its spellings) stands, top to bottom, left to right.
    public IEnumerable<LabelHit> Find(IEnumerable<string> keys) =>
        keys.SelectMany(k => _labels.TryGetValue(k, out var hits) ? hits : []).OrderBy(h => h.Row).ThenBy(h => h.Col);

    public IEnumerable<LabelHit> Find(string key) => Find([key]);

    public string Key(int row, int col) => Grid.At(row, col) is { Kind: GridCellKind.Text } cell ? FormLabels.Key(cell.Text) : "";

    public string CellName(int row, int col) => CellRef.InSheet(Grid.Name, row, col);

    /// The value beside a label: the first cell with something in it right of the label (and of its merged range),
    /// unless that is another label, which means the value is blank.
    public (int Col, GridCell Cell)? ValueRightOf(int row, int col)
    {
        var start = (Grid.MergeAt(row, col)?.Col2 ?? col) + 1;
        foreach (var (c, cell) in Grid.Row(row))
        {
            if (c < start || cell.IsBlank) continue;
            if (cell.Kind == GridCellKind.Text && KnownLabels.IsLabel(FormLabels.Key(cell.Text))) return null;
            return (c, cell);
        }
        return null;
    }

    /// The text a person sees in the cell: numbers without binary noise, percentages as "95%", the comparison and the
    /// unit a custom format prints around the number ("≥95%", "12个"; <see cref="CellFormats.Affixes"/>), dates as
    /// "2022年12月31日" (a month or a year shown as such: "2023年12月", "2023年"), the cached result of a formula.
    public string TextOf(GridCell cell)
    {
        switch (cell.Kind)
        {
            case GridCellKind.Number:
                if (DateOf(cell) is { } date)
                    return Formats.ShowsYearOnly(cell.Style) ? $"{date.Year}年"
                        : Formats.ShowsMonthOnly(cell.Style) ? $"{date.Year}年{date.Month}月"
                        : $"{date.Year}年{date.Month}月{date.Day}日";
                var (comparison, unit) = Formats.Affixes(cell.Style);
                return comparison + (Formats.IsPercent(cell.Style) ? Number(cell.Number * 100) + "%" : Number(cell.Number)) + unit;
            case GridCellKind.Uncalculated:
                return "";
            default:
                return cell.Text.Trim();
        }
    }

    /// The date of a number shown as a date, else null.
    public DateOnly? DateOf(GridCell cell) =>
        cell.Kind == GridCellKind.Number && (cell.IsDateValue || Formats.IsDate(cell.Style)) ? ExcelDates.FromSerial(cell.Number, Date1904) : null;

    public void Source(string location, int row, int col) => Sources.Add(location, new SourceRef(Cell: CellName(row, col)));

    public void Report(string code, Severity severity, string location, int row, int col, string message) =>
        Findings.Add(new Finding(code, severity, location, message) { Cell = CellName(row, col) });

    /// Reports a formula cell without a usable result; true when the cell was one.
    public bool ReportIfFormulaFailed(GridCell cell, string location, int row, int col, string what)
    {
        if (FormulaFailure(cell, location, row, col, what) is not { } finding) return false;
        Findings.Add(finding);
        return true;
    }

    /// The finding for a formula cell without a usable result, or null when the cell is not one.
    public Finding? FormulaFailure(GridCell cell, string location, int row, int col, string what) => cell.Kind switch
    {
        GridCellKind.Error => new Finding(ReaderCodes.FormulaError, Severity.Error, location,
            cell.IsFormula ? $"{what}无法识别：公式结果为错误值 {cell.Text}。" : $"{what}无法识别：单元格中是错误值 {cell.Text}。") { Cell = CellName(row, col) },
        GridCellKind.Uncalculated => new Finding(ReaderCodes.FormulaNotCalculated, Severity.Error, location,
            $"{what}无法识别：公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再导入。") { Cell = CellName(row, col) },
        _ => null,
    };

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private void Index(string key, LabelHit hit)
    {
        if (key.Length == 0 || key.Length > 40) return;
        if (!_labels.TryGetValue(key, out var hits)) _labels[key] = hits = [];
        hits.Add(hit);
    }

    private static string AfterColon(string text)
    {
        var at = text.IndexOfAny(['：', ':']);
        return at < 0 ? "" : text[(at + 1)..].Trim();
    }
}

/// The codes of the reader's own findings (beside the checker's codes of domain notes §8).
internal static class ReaderCodes
{
    /// A value that cannot be read as what its field needs (an amount, a date, a weight …): the field is left blank.
    public const string CellUnreadable = "CELL_UNREADABLE";
    /// A formula whose cached result is an error value.
    public const string FormulaError = "FORMULA_ERROR";
    /// A formula saved without a cached result.
    public const string FormulaNotCalculated = "FORMULA_NOT_CALCULATED";
    /// A 项目类型 that is none of the five types.
    public const string ProjectTypeUnknown = "PROJECT_TYPE_UNKNOWN";
}
