using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Interchange.Excel.Writing;

/// The cells of one worksheet, placed by row and column, then turned into SpreadsheetML. Every string is written as
/// an inline string and never as a formula, so a text such as "=1+1" or "@SUM(A1)" is data, not code.
internal sealed class SheetBuilder(StyleBook styles, IReadOnlyList<double> columnWidths)
{
    private readonly SortedDictionary<int, SortedDictionary<int, CellSpec>> _rows = [];
    private readonly List<(int Row1, int Col1, int Row2, int Col2)> _merges = [];
    private readonly Dictionary<(int Row, int Col), (int Row2, int Col2)> _mergeEnds = [];
    private readonly Dictionary<int, double> _minHeights = [];
    private readonly List<DataValidation> _validations = [];

    /// The row repeated at the top of every printed page (the indicator table's header).
    public int? PrintTitleRow { get; set; }

    /// A manual page break above this row.
    public int? PageBreakBefore { get; set; }

    public IReadOnlyList<double> ColumnWidths => columnWidths;

    private sealed record CellSpec(object? Value, CellStyle Style);

    public void Text(int row, int col, string? text, CellStyle style)
    {
        // A text Excel would take for a formula on edit keeps its leading apostrophe (quotePrefix).
        if (text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@') style = style with { QuotePrefix = true };
        Put(row, col, string.IsNullOrEmpty(text) ? null : text, style);
    }

    public void Number(int row, int col, decimal? value, CellStyle style) => Put(row, col, value, style);

    public void Date(int row, int col, DateOnly? value, CellStyle style) => Put(row, col, value, style);

    /// Gives a cell already placed another style, keeping its value.
    public void Restyle(int row, int col, CellStyle style)
    {
        if (Find(row, col) is { } spec) Put(row, col, spec.Value, style with { QuotePrefix = spec.Style.QuotePrefix });
    }

    /// Merges the range; the covered cells take the top-left cell's style so that borders print all round.
    public void Merge(int row1, int col1, int row2, int col2)
    {
        if (row1 == row2 && col1 == col2) return;
        var style = (Find(row1, col1)?.Style ?? CellStyle.Plain) with { QuotePrefix = false };
        for (var r = row1; r <= row2; r++)
            for (var c = col1; c <= col2; c++)
                if (r != row1 || c != col1) Put(r, c, null, style);
        _merges.Add((row1, col1, row2, col2));
        _mergeEnds[(row1, col1)] = (row2, col2);
    }

    public void MinHeight(int row, double points) =>
        _minHeights[row] = Math.Max(points, _minHeights.GetValueOrDefault(row));

    /// A drop-down list (or only an input message when <paramref name="list"/> is null) on the given ranges.
    public void Validation(string ranges, IReadOnlyList<string>? list, string? promptTitle, string? prompt, bool strict = false)
    {
        var validation = new DataValidation
        {
            AllowBlank = true,
            SequenceOfReferences = new ListValue<StringValue>(ranges.Split(' ').Select(r => new StringValue(r))),
        };
        if (list is not null)
        {
            validation.Type = DataValidationValues.List;
            validation.ShowErrorMessage = true;
            validation.ErrorStyle = strict ? DataValidationErrorStyleValues.Stop : DataValidationErrorStyleValues.Warning;
            validation.ErrorTitle = "请从列表中选择";
            validation.Error = "输入的内容不在列表中。" + (strict ? "" : "仍要使用请点“是”。");
            validation.Formula1 = new Formula1("\"" + string.Join(",", list) + "\"");
        }
        if (prompt is not null)
        {
            validation.ShowInputMessage = true;
            validation.PromptTitle = promptTitle;
            validation.Prompt = prompt;
        }
        _validations.Add(validation);
    }

    public Worksheet Build()
    {
        var sheetData = new SheetData();
        foreach (var (rowIndex, cells) in _rows)
        {
            var row = new Row { RowIndex = (uint)rowIndex };
            var height = Math.Max(_minHeights.GetValueOrDefault(rowIndex), NeededHeight(rowIndex, cells));
            if (height > 0)
            {
                row.Height = Math.Round(height * 4) / 4;
                row.CustomHeight = true;
            }
            foreach (var (col, spec) in cells) row.Append(ToCell(rowIndex, col, spec));
            sheetData.Append(row);
        }

        var columns = new Columns();
        for (var i = 0; i < columnWidths.Count; i++)
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columnWidths[i], CustomWidth = true });

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false, TabSelected = true }),
            new SheetFormatProperties { DefaultRowHeight = TextHeight.LinePoints },
            columns,
            sheetData);
        if (_merges.Count > 0)
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = CellRef.Range(m.Row1, m.Col1, m.Row2, m.Col2) })) { Count = (uint)_merges.Count });
        if (_validations.Count > 0)
            worksheet.Append(new DataValidations(_validations) { Count = (uint)_validations.Count });
        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            // A4 (9), portrait, as wide as one page and as long as it needs (fitToHeight 0).
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        if (PageBreakBefore is { } breakRow)
            worksheet.Append(new RowBreaks(new Break { Id = (uint)(breakRow - 1), Max = 16383, ManualPageBreak = true }) { Count = 1, ManualBreakCount = 1 });
        return worksheet;
    }

    /// The print-titles reference for the workbook's _xlnm.Print_Titles name: '申报表'!$40:$40.
    public string? PrintTitlesReference(string sheetName) => PrintTitleRow is { } r
        ? $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!${r.ToString(CultureInfo.InvariantCulture)}:${r.ToString(CultureInfo.InvariantCulture)}"
        : null;

    private Cell ToCell(int row, int col, CellSpec spec)
    {
        var cell = new Cell { CellReference = CellRef.Of(row, col), StyleIndex = styles.IndexOf(spec.Style) };
        switch (spec.Value)
        {
            case string text:
                var t = new DocumentFormat.OpenXml.Spreadsheet.Text(OoxmlText.Escape(text));
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) t.Space = SpaceProcessingModeValues.Preserve;
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(t);
                break;
            case decimal number:
                cell.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                cell.CellValue = new CellValue(ExcelDates.ToSerial(date).ToString(CultureInfo.InvariantCulture));
                break;
        }
        return cell;
    }

    private CellSpec? Find(int row, int col) =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(col, out var spec) ? spec : null;

    private void Put(int row, int col, object? value, CellStyle style)
    {
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        cells[col] = new CellSpec(value, style);
    }

    /// The height the row's wrapped texts need; texts in merged cells that span several rows are left out
    /// (the range as a whole has room).
    private double NeededHeight(int row, SortedDictionary<int, CellSpec> cells)
    {
        var needed = 0.0;
        foreach (var (col, spec) in cells)
        {
            if (spec.Value is not string text || !spec.Style.Wrap) continue;
            var lastCol = col;
            if (_mergeEnds.TryGetValue((row, col), out var end))
            {
                if (end.Row2 > row) continue;
                lastCol = end.Col2;
            }
            var width = 0.0;
            for (var c = col; c <= lastCol; c++) width += c <= columnWidths.Count ? columnWidths[c - 1] : 9;
            needed = Math.Max(needed, TextHeight.Points(text, width));
        }
        return needed;
    }
}
