namespace Jixiao.Interchange.Excel.Reading;

internal enum GridCellKind
{
    Text,
    Number,
    Boolean,
    /// A formula whose cached result is an error (#REF!, #N/A …).
    Error,
    /// A formula saved without a cached result (written by a program that does not calculate).
    Uncalculated,
}

/// One cell as stored: its text or number (formulas are read as their cached values), its style index, and
/// whether a formula produced it.
internal sealed record GridCell(GridCellKind Kind, string Text, decimal Number, int Style, bool IsFormula, bool IsDateValue = false)
{
    public bool IsBlank => Kind == GridCellKind.Text && string.IsNullOrWhiteSpace(Text);
}

internal readonly record struct CellRange(int Row1, int Col1, int Row2, int Col2);

/// The cells of one sheet that hold something, by row and column, and its merged ranges (keyed by top-left cell).
internal sealed class SheetGrid(string name)
{
    private readonly SortedDictionary<int, SortedDictionary<int, GridCell>> _rows = [];
    private readonly Dictionary<(int Row, int Col), CellRange> _merges = [];

    public string Name { get; } = name;

    public IEnumerable<int> RowNumbers => _rows.Keys;

    public int RowCount => _rows.Count;

    public void Add(int row, int col, GridCell cell)
    {
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        cells[col] = cell;
    }

    public void AddMerge(CellRange range) => _merges[(range.Row1, range.Col1)] = range;

    public GridCell? At(int row, int col) =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(col, out var cell) ? cell : null;

    /// The row's cells, left to right.
    public IEnumerable<(int Col, GridCell Cell)> Row(int row) =>
        _rows.TryGetValue(row, out var cells) ? cells.Select(kv => (kv.Key, kv.Value)) : [];

    /// The merged range whose top-left cell this is, if any.
    public CellRange? MergeAt(int row, int col) => _merges.TryGetValue((row, col), out var range) ? range : null;

    public bool RowIsBlank(int row) => Row(row).All(c => c.Cell.IsBlank);

    public int LastRow => _rows.Count == 0 ? 0 : _rows.Keys.Max();
}
