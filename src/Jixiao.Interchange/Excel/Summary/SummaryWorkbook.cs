using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Excel.Summary;

/// The summary workbook (汇总表.xlsx) of a bulk export, for the finance bureau: sheet 1 one row per declaration
/// (status, stage, budget, indicator counts per level 1, the checker's error and warning counts), sheet 2 every
/// indicator. Amounts and counts are numbers, texts are inline strings: cells are data, never formulas.
public static class SummaryWorkbook
{
    public const string DeclarationSheet = "申报表汇总";
    public const string IndicatorSheet = "绩效指标";

    /// The level-1 categories (一级指标) counted in columns of their own; any other name counts as 其他.
    public static IReadOnlyList<string> Level1Columns { get; } =
        [IndicatorTaxonomy.Output, IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Satisfaction, IndicatorTaxonomy.Cost];

    /// The header of sheet 1, in column order.
    public static IReadOnlyList<string> DeclarationHeader { get; } =
    [
        "序号", "项目名称", "编报部门", "年度", "审核状态", "当前审核环节", "版本",
        "项目总预算（万元）", "本年度申请预算（万元）", "结转结余（万元）",
        .. Level1Columns.Select(l => l + "数"), "其他指标数", "指标合计",
        "错误数", "警告数", "文件", "申报表编号",
    ];

    /// The header of sheet 2, in column order.
    public static IReadOnlyList<string> IndicatorHeader { get; } =
        ["序号", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值类型"];

    private static readonly double[] DeclarationWidths = [6, 40, 28, 7, 10, 26, 6, 14, 14, 14, 10, 10, 11, 10, 10, 9, 7, 7, 48, 38];
    private static readonly double[] IndicatorWidths = [6, 40, 12, 18, 44, 24, 11];

    /// Writes the workbook to <paramref name="output"/> (left open). Each sheet is streamed row by row, so a summary of
    /// hundreds of declarations holds no cell tree in memory; the package itself needs a seekable stream, so
    /// <paramref name="output"/> must be one (a file or a MemoryStream).
    public static void Write(Stream output, IReadOnlyCollection<SummaryEntry> entries)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles.Build();

        var declarations = workbookPart.AddNewPart<WorksheetPart>();
        WriteSheet(declarations, DeclarationWidths, DeclarationHeader, entries.Select(DeclarationRow));
        var indicators = workbookPart.AddNewPart<WorksheetPart>();
        WriteSheet(indicators, IndicatorWidths, IndicatorHeader,
            entries.SelectMany((entry, i) => entry.Indicators.Select(indicator => IndicatorRow(i + 1, entry, indicator))));

        var rows1 = entries.Count + 1;
        var rows2 = entries.Sum(e => e.Indicators.Count) + 1;
        workbookPart.Workbook = new Workbook(
            new Sheets(
                new Sheet { Id = workbookPart.GetIdOfPart(declarations), SheetId = 1, Name = DeclarationSheet },
                new Sheet { Id = workbookPart.GetIdOfPart(indicators), SheetId = 2, Name = IndicatorSheet }),
            new DefinedNames(
                FilterRange(0, DeclarationSheet, DeclarationHeader.Count, rows1),
                FilterRange(1, IndicatorSheet, IndicatorHeader.Count, rows2)));
    }

    /// A cell value: text, a number, or blank.
    private readonly record struct Value(string? Text, decimal? Number, bool Amount = false)
    {
        public static implicit operator Value(string? text) => new(text, null);
        public static implicit operator Value(int number) => new(null, number);
        public static Value Of(int? number) => new(null, number);
        public static Value Money(decimal? amount) => new(null, amount, Amount: true);
    }

    private static Value[] DeclarationRow(SummaryEntry entry, int index)
    {
        var counts = Level1Columns.Select(l => (Value)entry.Indicators.Count(i => i.Level1 == l));
        var others = entry.Indicators.Count(i => !Level1Columns.Contains(i.Level1));
        return
        [
            index + 1, entry.ProjectName, entry.Department, Value.Of(entry.Year), entry.Status, entry.CurrentStage, Value.Of(entry.Version),
            Value.Money(entry.BudgetTotal), Value.Money(entry.BudgetCurrentYear), Value.Money(entry.BudgetCarryOver),
            .. counts, others, entry.Indicators.Count,
            entry.Errors, entry.Warnings, entry.FileName, entry.Id,
        ];
    }

    private static Value[] IndicatorRow(int index, SummaryEntry entry, SummaryIndicator indicator) =>
        [index, entry.ProjectName, indicator.Level1, indicator.Level2, indicator.Name, indicator.Target, KindLabel(indicator.Kind)];

    /// 指标值类型 as a finance officer names it.
    public static string KindLabel(TargetKind kind) => kind switch
    {
        TargetKind.Quantity => "定量",
        TargetKind.Duration => "时长",
        TargetKind.Deadline => "完成时限",
        TargetKind.Period => "时间段",
        TargetKind.Qualitative => "定性",
        TargetKind.Missing => "未填写",
    };

    private static void WriteSheet(WorksheetPart part, double[] widths, IReadOnlyList<string> header, IEnumerable<Value[]> rows)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        // the header row stays in view while scrolling
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
        { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));

        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [.. header.Select(h => (Value)h)], header: true);
        var rowIndex = 1;
        foreach (var row in rows) WriteRow(writer, ++rowIndex, row, header: false);
        writer.WriteEndElement();

        writer.WriteElement(new AutoFilter { Reference = $"A1:{Column(header.Count)}{rowIndex.ToString(CultureInfo.InvariantCulture)}" });
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        // printed on A4 landscape
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int rowIndex, Value[] values, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)rowIndex });
        for (var i = 0; i < values.Length; i++)
        {
            var reference = Column(i + 1) + rowIndex.ToString(CultureInfo.InvariantCulture);
            var value = values[i];
            if (value.Number is { } number)
            {
                writer.WriteElement(new Cell
                {
                    CellReference = reference,
                    StyleIndex = value.Amount ? Styles.Amount : Styles.Count,
                    CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
                });
            }
            else if (!string.IsNullOrEmpty(value.Text))
            {
                var text = new DocumentFormat.OpenXml.Spreadsheet.Text(OoxmlText.Escape(value.Text));
                if (char.IsWhiteSpace(value.Text[0]) || char.IsWhiteSpace(value.Text[^1])) text.Space = SpaceProcessingModeValues.Preserve;
                writer.WriteElement(new Cell(new InlineString(text))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    // a text Excel would take for a formula on edit keeps its leading apostrophe
                    StyleIndex = header ? Styles.Header : value.Text[0] is '=' or '+' or '-' or '@' ? Styles.QuotedText : Styles.Text,
                });
            }
            else
            {
                writer.WriteElement(new Cell { CellReference = reference, StyleIndex = header ? Styles.Header : Styles.Text });
            }
        }
        writer.WriteEndElement();
    }

    private static DefinedName FilterRange(uint sheetIndex, string sheetName, int columns, int rows) =>
        new($"'{sheetName}'!$A$1:${Column(columns)}${rows.ToString(CultureInfo.InvariantCulture)}")
        {
            Name = "_xlnm._FilterDatabase", LocalSheetId = sheetIndex, Hidden = true,
        };

    private static string Column(int col) => col <= 26 ? ((char)('A' + col - 1)).ToString() : Column((col - 1) / 26) + (char)('A' + (col - 1) % 26);

    /// The few cell formats of the summary: header, text, text with quote prefix, count, amount.
    private static class Styles
    {
        public const uint Text = 1;
        public const uint Header = 2;
        public const uint QuotedText = 3;
        public const uint Count = 4;
        public const uint Amount = 5;

        public static Stylesheet Build() => new(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Line<LeftBorder>(), Line<RightBorder>(), Line<TopBorder>(), Line<BottomBorder>(), new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                Format(0, bold: false, shaded: false, wrap: true),
                Format(0, bold: true, shaded: true, wrap: true, centered: true),
                Format(0, bold: false, shaded: false, wrap: true, quoted: true),
                Format(1, bold: false, shaded: false, wrap: false),      // built-in "0"
                Format(2, bold: false, shaded: false, wrap: false))      // built-in "0.00": amounts in 万元 with two decimals
            { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

        private static CellFormat Format(uint numberFormat, bool bold, bool shaded, bool wrap, bool centered = false, bool quoted = false)
        {
            var format = new CellFormat
            {
                NumberFormatId = numberFormat, FontId = bold ? 1u : 0u, FillId = shaded ? 2u : 0u, BorderId = 1, FormatId = 0,
                ApplyNumberFormat = numberFormat != 0, ApplyFont = bold, ApplyFill = shaded, ApplyBorder = true,
                Alignment = new Alignment
                {
                    WrapText = wrap, Vertical = VerticalAlignmentValues.Center,
                    Horizontal = centered ? HorizontalAlignmentValues.Center : null,
                },
                ApplyAlignment = true,
            };
            if (quoted) format.QuotePrefix = true;
            return format;
        }

        private static Font Font(bool bold)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            font.Append(new FontSize { Val = 11 }, new FontName { Val = "宋体" }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
            return font;
        }

        private static T Line<T>() where T : BorderPropertiesType, new() =>
            new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
    }
}
