namespace Jixiao.Interchange.Excel.Writing;

internal enum FontKind
{
    Regular,
    Bold,
    /// The form's title: 南昌市预算绩效目标申报表.
    Title,
}

internal enum BorderKind
{
    None,
    /// Thin lines on all four sides: the form's tables.
    Thin,
    /// A line under the value: the header lines (项目名称：________).
    Bottom,
}

internal enum NumberFormatKind
{
    General,
    /// 0.00: amounts in 万元 as numbers, two decimals as printed on the form.
    Amount,
    /// yyyy"年"m"月"d"日": dates as real dates, shown the Chinese way.
    Date,
    /// @: text typed into the cell stays text (budget codes and phone numbers keep their leading zeros).
    Text,
}

internal enum HorizontalKind
{
    Left,
    Center,
    Right,
}

/// How one cell looks. Equal styles share one entry of the workbook's style table (<see cref="StyleBook"/>).
internal readonly record struct CellStyle(
    FontKind Font = FontKind.Regular,
    BorderKind Border = BorderKind.Thin,
    HorizontalKind Horizontal = HorizontalKind.Left,
    bool Top = false,
    bool Wrap = true,
    NumberFormatKind Format = NumberFormatKind.General,
    bool Shaded = false,
    // Makes Excel, WPS and LibreOffice keep "=1+1" as text when the cell is edited (the leading apostrophe of the UI).
    bool QuotePrefix = false)
{
    public static readonly CellStyle Plain = new(Border: BorderKind.None, Wrap: false);
    public static readonly CellStyle Title = new(FontKind.Title, BorderKind.None, HorizontalKind.Center, Wrap: false);
    public static readonly CellStyle Subtitle = new(Border: BorderKind.None, Horizontal: HorizontalKind.Center, Wrap: false);
    public static readonly CellStyle HeaderLabel = new(FontKind.Bold, BorderKind.None, HorizontalKind.Right, Wrap: false);
    public static readonly CellStyle HeaderValue = new(Border: BorderKind.Bottom);
    public static readonly CellStyle HeaderText = new(Border: BorderKind.Bottom, Format: NumberFormatKind.Text);
    public static readonly CellStyle HeaderDate = new(Border: BorderKind.Bottom, Format: NumberFormatKind.Date);
    public static readonly CellStyle Heading = new(FontKind.Bold, BorderKind.None, Wrap: false);
    public static readonly CellStyle UnitNote = new(Border: BorderKind.None, Horizontal: HorizontalKind.Right, Wrap: false);
    public static readonly CellStyle Label = new(FontKind.Bold, Horizontal: HorizontalKind.Center);
    public static readonly CellStyle TableHeader = new(FontKind.Bold, Horizontal: HorizontalKind.Center, Shaded: true);
    // Not new(): a struct's parameterless constructor would skip the defaults above (no border, no wrap).
    public static readonly CellStyle Value = new(FontKind.Regular);
    public static readonly CellStyle Centered = new(Horizontal: HorizontalKind.Center);
    public static readonly CellStyle TextValue = new(Format: NumberFormatKind.Text);
    public static readonly CellStyle Amount = new(Horizontal: HorizontalKind.Right, Wrap: false, Format: NumberFormatKind.Amount);
    public static readonly CellStyle Date = new(Horizontal: HorizontalKind.Center, Wrap: false, Format: NumberFormatKind.Date);
    public static readonly CellStyle Number = new(Horizontal: HorizontalKind.Center, Wrap: false);
    public static readonly CellStyle LongText = new(Top: true);
    public static readonly CellStyle Note = new(Border: BorderKind.None, Top: true);
}
