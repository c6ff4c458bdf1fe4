using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Excel.Writing;

/// Lays a declaration out as the official Nanchang form (南昌市预算绩效目标申报表) on one A4 sheet: header lines,
/// 项目基本情况 with the budget and fund-source tables, the indicator table, the review boxes and the notes.
/// Columns A–F carry the form; optional indicator fields add columns G… to the indicator table only.
internal sealed partial class FormSheetWriter
{
    public const string SheetName = "申报表";

    private const int A = 1, B = 2, C = 3, D = 4, E = 5, F = 6;

    /// Widths of columns A–F in Excel units (digit widths); a CJK character takes two.
    private static readonly double[] FormWidths = [12, 15, 16, 26, 16, 18];

    private readonly Declaration _declaration;
    private readonly ExportOptions _options;
    private readonly bool _template;
    private readonly IReadOnlyList<IndicatorColumn> _extraColumns;
    private readonly SheetBuilder _sheet;
    private readonly int _lastColumn;
    private int _row = 1;

    private FormSheetWriter(Declaration declaration, ExportOptions options, bool template, StyleBook styles)
    {
        _declaration = declaration;
        _options = options;
        _template = template;
        _extraColumns = IndicatorColumns.Optional
            .Where(column => declaration.Indicators.Any(i => IndicatorColumns.Has(i, column.Field)))
            .ToList();
        _lastColumn = F + _extraColumns.Count;
        _sheet = new SheetBuilder(styles, [.. FormWidths, .. _extraColumns.Select(c => c.Width)]);
    }

    /// Writes the workbook to <paramref name="output"/>. <paramref name="template"/> adds blank indicator rows per
    /// level 2 and input messages for the filer.
    public static void Write(Declaration declaration, ExportOptions options, bool template, Stream output)
    {
        var styles = new StyleBook();
        var writer = new FormSheetWriter(declaration, options, template, styles);
        writer.WriteForm();

        // Built in memory first: the package needs a seekable stream, and a response stream is not one.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = writer._sheet.Build();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = styles.Build();

            var workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = SheetName }));
            if (writer._sheet.PrintTitlesReference(SheetName) is { } titles)
                workbook.Append(new DefinedNames(new DefinedName(titles) { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
            workbookPart.Workbook = workbook;

            document.PackageProperties.Title = writer.TitleText;
            document.PackageProperties.Creator = "Jixiao";
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private string TitleText => _declaration.Title ?? (_declaration.Region + FormLabels.TitleSuffix);

    private void WriteForm()
    {
        WriteHeader();
        WriteBasicInfo();
        WriteBudget();
        WriteFundSources();
        WriteIndicators();
        WriteReviews();
        WriteNotes();
    }

    private void WriteHeader()
    {
        _sheet.Text(_row, A, TitleText, CellStyle.Title);
        _sheet.Merge(_row, A, _row, _lastColumn);
        _sheet.MinHeight(_row++, 36);

        var year = _declaration.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "　　　　";
        _sheet.Text(_row, A, $"（{year}年度）", CellStyle.Subtitle);
        _sheet.Merge(_row, A, _row, _lastColumn);
        _sheet.MinHeight(_row++, 22);

        HeaderLine(FormLabels.ProjectName, _declaration.ProjectName);
        HeaderLine(FormLabels.Department, _declaration.Department);
        HeaderLine(FormLabels.DepartmentHead, _declaration.DepartmentHead);
        HeaderLine(FormLabels.BudgetCode, _declaration.BudgetCode, CellStyle.HeaderText);
        HeaderLabel(FormLabels.FiledOn);
        _sheet.Date(_row, C, _declaration.FiledOn, CellStyle.HeaderDate);
        _sheet.Merge(_row, C, _row++, F);
        // The region is printed on its own line only when the title does not already say it.
        if (_declaration.Region != RegionOf(TitleText)) HeaderLine(FormLabels.Region, _declaration.Region);
        _row++;
    }

    private void HeaderLine(string label, string? value, CellStyle? style = null)
    {
        HeaderLabel(label);
        _sheet.Text(_row, C, value, style ?? CellStyle.HeaderValue);
        _sheet.Merge(_row, C, _row++, F);
    }

    private void HeaderLabel(string label)
    {
        _sheet.Text(_row, A, label + "：", CellStyle.HeaderLabel);
        _sheet.Merge(_row, A, _row, B);
        _sheet.MinHeight(_row, 22);
    }

    /// The region a title names: "南昌市预算绩效目标申报表" → 南昌市; null when the title names none.
    public static string? RegionOf(string? title)
    {
        if (title is null) return null;
        var at = title.IndexOf(FormLabels.TitleSuffix, StringComparison.Ordinal);
        var region = at > 0 ? title[..at].Trim() : "";
        return region.Length > 0 ? region : null;
    }

    /// A label cell of a table (bold, centered).
    private void Label(int row, int col, string text) => _sheet.Text(row, col, text, CellStyle.Label);

    /// A value spanning B:F on its own row, under a label in column A.
    private void WideRow(string label, string? value, CellStyle style)
    {
        Label(_row, A, label);
        _sheet.Text(_row, B, value, style);
        _sheet.Merge(_row, B, _row, F);
        _sheet.MinHeight(_row++, 22);
    }

    private static string Ranges(params (int Row1, int Col1, int Row2, int Col2)[] ranges) =>
        string.Join(' ', ranges.Select(r => CellRef.Range(r.Row1, r.Col1, r.Row2, r.Col2)));
}
