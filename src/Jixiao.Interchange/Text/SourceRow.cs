namespace Jixiao.Interchange.Text;

/// How a line of the extracted text separates its cells.
internal enum RowLayout : byte
{
    /// Tab-separated (a PDF extraction): cell positions mean columns, empty cells are kept.
    Tabs,

    /// `|`-separated (a web-table extraction): `||||` pads rows, so empty cells mean nothing.
    Pipes,

    /// Neither: one cell, or cells separated by spaces, or a whole form run together.
    Text,
}

/// One non-empty cell of a line, its text normalised (<see cref="ChineseText.Normalize(string)"/>).
/// <see cref="Column"/> is the cell's position in a tab- or pipe-separated line (empty cells count), and its index
/// among the tokens of a space-separated line.
/// <see cref="Raw"/> is the cell as written (trimmed): a target value keeps its spelling ("2022年12 月31日前").
internal readonly struct SourceCell
{
    // The cell as written is the slice _start.._start+_length of _source (all of it for a cell made from a string),
    // made into a string only when asked for: only value cells need their spelling, and most cells that hold spaces
    // are names, which are read normalised.
    private readonly string _source;
    private readonly int _start;
    private readonly int _length;

    public SourceCell(string text, int column, string raw) => (Text, Column, _source, _start, _length) = (text, column, raw, 0, raw.Length);

    public SourceCell(string text, int column) : this(text, column, text) { }

    /// A cell whose text had spaces removed, its spelling left as a slice of the line.
    public SourceCell(string text, int column, string source, int start, int length) =>
        (Text, Column, _source, _start, _length) = (text, column, source, start, length);

    public string Text { get; }
    public int Column { get; }
    public string Raw => _source.Substring(_start, _length);          // the source itself when the cell is all of it

    /// The cells' texts joined by <paramref name="separator"/> (string.Join over a span of cells).
    public static string JoinTexts(ReadOnlySpan<SourceCell> cells, string separator)
    {
        if (cells.Length == 0) return "";
        if (cells.Length == 1) return cells[0].Text;
        var texts = new string[cells.Length];
        for (var i = 0; i < texts.Length; i++) texts[i] = cells[i].Text;
        return string.Join(separator, texts);
    }
}

/// One line of the extracted text, split into cells.
internal sealed class SourceRow
{
    /// 1-based line number in the file.
    public required int Line { get; init; }

    public required RowLayout Layout { get; init; }

    /// The non-empty cells, in order. For <see cref="RowLayout.Text"/> these are the space-separated tokens.
    public required ReadOnlySpan<SourceCell> Cells
    {
        get => new(_cells, _cellStart, _cellCount);
        init => (_cells, _cellStart, _cellCount) = (value.ToArray(), 0, value.Length);
    }

    // The cells of a split text share a few large arrays (SourceLines.Split): one small array per line was a tenth of
    // the objects reading a form made.
    private SourceCell[] _cells = [];
    private int _cellStart;
    private int _cellCount;

    /// The line with tags and markdown marks removed (not trimmed). Made on first use: most tab-separated lines
    /// are only ever read through their cells. The string made replaces the slice, so a row keeps one reference to
    /// its text either way: a form makes a row per line, and every field of a row is paid for a hundred times.
    public string Raw
    {
        get
        {
            if (_start != 0 || _length != _source.Length) (_source, _start) = (_source.Substring(_start, _length), 0);
            return _source;
        }
        init => (_source, _start, _length) = (value, 0, value.Length);
    }

    /// <see cref="Raw"/> without making a string of it.
    public ReadOnlySpan<char> RawSpan => _source.AsSpan(_start, _length);

    private string _source = "";
    private int _start;
    private int _length;

    /// A row whose text is a slice of the whole file's text, and whose cells are a slice of a shared array.
    public static SourceRow Slice(int line, RowLayout layout, SourceCell[] cells, int cellStart, int cellCount, string source, int start, int length,
        bool afterBreak) => new()
    {
        Line = line,
        Layout = layout,
        Cells = default,
        _cells = cells,
        _cellStart = cellStart,
        _cellCount = cellCount,
        AfterBreak = afterBreak,
        _source = source,
        _start = start,
        _length = length,
    };

    /// The line follows a blank line: in a tab-separated PDF extraction, a page break.
    public bool AfterBreak { get; init; }

    /// A line of whitespace only: in a one-cell-per-line extraction, an empty cell.
    public bool IsEmpty => _cellCount == 0;

    /// The whole line as one normalised text (for prose values in space-separated layouts).
    public string Joined => _joined ??= Layout == RowLayout.Text ? ChineseText.Normalize(Raw) : SourceCell.JoinTexts(Cells, "");

    private string? _joined;

    public override string ToString() => $"{Line}: {SourceCell.JoinTexts(Cells, " | ")}";
}
