using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Interchange.Excel.Writing;

/// The workbook's style table, built from the <see cref="CellStyle"/>s the sheet actually uses.
internal sealed class StyleBook
{
    /// SimSun (宋体), the font of printed government forms; its CJK glyphs are exactly two digit widths wide,
    /// which the row-height estimate in <see cref="TextHeight"/> relies on.
    public const string FontName = "宋体";
    public const double FontSize = 11;

    private const uint AmountFormatId = 164;
    private const uint DateFormatId = 165;
    private const uint TextFormatId = 49;   // built-in "@"

    private readonly Dictionary<CellStyle, uint> _indexes = [];
    private readonly List<CellStyle> _styles = [];

    public StyleBook() => IndexOf(CellStyle.Plain with { Wrap = false }); // index 0: what an unstyled cell looks like

    public uint IndexOf(CellStyle style)
    {
        if (_indexes.TryGetValue(style, out var index)) return index;
        index = (uint)_styles.Count;
        _styles.Add(style);
        _indexes[style] = index;
        return index;
    }

    public Stylesheet Build()
    {
        var numberFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = AmountFormatId, FormatCode = "0.00" },
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" })
        { Count = 2 };

        var fonts = new Fonts(Font(bold: false, FontSize), Font(bold: true, FontSize), Font(bold: true, 18)) { Count = 3 };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Line<LeftBorder>(), Line<RightBorder>(), Line<TopBorder>(), Line<BottomBorder>(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), Line<BottomBorder>(), new DiagonalBorder()))
        { Count = 3 };

        var cellFormats = new CellFormats { Count = (uint)_styles.Count };
        foreach (var style in _styles) cellFormats.Append(Format(style));

        return new Stylesheet(
            numberFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Format(CellStyle style)
    {
        var numberFormat = style.Format switch
        {
            NumberFormatKind.General => 0u,
            NumberFormatKind.Amount => AmountFormatId,
            NumberFormatKind.Date => DateFormatId,
            NumberFormatKind.Text => TextFormatId,
        };
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = (uint)style.Font,
            FillId = style.Shaded ? 2u : 0u,
            BorderId = (uint)style.Border,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = style.Font != FontKind.Regular,
            ApplyFill = style.Shaded,
            ApplyBorder = style.Border != BorderKind.None,
            ApplyAlignment = true,
            Alignment = new Alignment
            {
                Horizontal = style.Horizontal switch
                {
                    HorizontalKind.Left => HorizontalAlignmentValues.Left,
                    HorizontalKind.Center => HorizontalAlignmentValues.Center,
                    HorizontalKind.Right => HorizontalAlignmentValues.Right,
                },
                Vertical = style.Top ? VerticalAlignmentValues.Top : VerticalAlignmentValues.Center,
                WrapText = style.Wrap ? true : null,
            },
        };
        if (style.QuotePrefix) format.QuotePrefix = true;
        return format;
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(
            new FontSize { Val = size },
            new FontName { Val = FontName },
            new FontFamilyNumbering { Val = 3 },
            new FontCharSet { Val = 134 });    // GB2312: tells Excel the font is a CJK one
        return font;
    }

    private static T Line<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
}
