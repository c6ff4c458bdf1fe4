namespace Jixiao.Interchange.Text;

/// How a line of the extracted text separates its cells.
internal enum RowLayout
{
    /// Tab-separated (a PDF extraction): cell positions mean columns, empty cells are kept.
    Tabs,

    /// `|`-separated (a web-table extraction): `||||` pads rows, so empty cells mean nothing.
    Pipes,

    /// Neither: one cell, or cells separated by spaces, or a whole form run together.
    Text,
}

/// One non-empty cell of a line, its text normalised (<see cref="ChineseText.Normalize(string)"/>).
/// <see cref="Column"/> is the tab position in a tab-separated line, else the cell's index among the line's cells.
/// <see cref="Raw"/> is the cell as written (trimmed): a target value keeps its spelling ("2022年12 月31日前").
internal readonly record struct SourceCell(string Text, int Column, string Raw)
{
    public SourceCell(string text, int column) : this(text, column, text) { }
}

/// One line of the extracted text, split into cells.
internal sealed class SourceRow
{
    /// 1-based line number in the file.
    public required int Line { get; init; }

    public required RowLayout Layout { get; init; }

    /// The non-empty cells, in order. For <see cref="RowLayout.Text"/> these are the space-separated tokens.
    public required SourceCell[] Cells { get; init; }

    /// The line with tags and markdown marks removed (not trimmed). Made on first use: most tab-separated lines
    /// are only ever read through their cells.
    public string Raw
    {
        get => _raw ??= _source.Substring(_start, _length);
        init => (_raw, _source, _start, _length) = (value, value, 0, value.Length);
    }

    /// <see cref="Raw"/> without making a string of it.
    public ReadOnlySpan<char> RawSpan => _raw is not null ? _raw.AsSpan() : _source.AsSpan(_start, _length);

    private string? _raw;
    private string _source = "";
    private int _start;
    private int _length;

    /// A row whose text is a slice of the whole file's text.
    public static SourceRow Slice(int line, RowLayout layout, SourceCell[] cells, string source, int start, int length, bool afterBreak) => new()
    {
        Line = line,
        Layout = layout,
        Cells = cells,
        AfterBreak = afterBreak,
        _source = source,
        _start = start,
        _length = length,
    };

    /// The line follows a blank line: in a tab-separated PDF extraction, a page break.
    public bool AfterBreak { get; init; }

    /// A line of whitespace only: in a one-cell-per-line extraction, an empty cell.
    public bool IsEmpty => Cells.Length == 0;

    /// The whole line as one normalised text (for prose values in space-separated layouts).
    public string Joined => _joined ??= Layout == RowLayout.Text
        ? ChineseText.Normalize(Raw)
        : string.Concat(Cells.Select(c => c.Text));

    private string? _joined;

    public override string ToString() => $"{Line}: {string.Join(" | ", Cells.Select(c => c.Text))}";
}
