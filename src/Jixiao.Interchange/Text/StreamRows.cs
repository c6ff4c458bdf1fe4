namespace Jixiao.Interchange.Text;

/// Assembles the rows of an indicator table that arrives one cell per line: level names, then the indicator's name,
/// then as many cells as the heading has columns after the name. A line of spaces is an empty cell; a level name
/// starts the next row early.
internal sealed class StreamRows(IndicatorTable table)
{
    private readonly List<SourceCell> _cells = [];
    private int _afterName = -1;
    private int _position;
    private int _line;

    private int ColumnsAfterName => table.Header.ColumnsAfterName;

    public void Feed(SourceRow row)
    {
        if (row.IsEmpty)
        {
            // An empty cell counts only after the name (a blank value or remark).
            if (_afterName < 0) return;
            _position++;
            if (++_afterName >= ColumnsAfterName) Flush();
            return;
        }
        var text = row.Joined;
        var role = LevelLabel.Of(text).Role;
        var isLevel = role is LevelRole.Level1 or LevelRole.Level2 or LevelRole.Either;
        if (isLevel && _afterName >= 0) Flush();
        if (_cells.Count == 0) _line = row.Line;
        _cells.Add(new SourceCell(text, _position++, row.Cells.Length == 1 ? row.Cells[0].Raw : row.Raw.Trim()));
        if (_afterName >= 0)
        {
            if (++_afterName >= ColumnsAfterName) Flush();
        }
        else if (!isLevel && role is not (LevelRole.Fragment or LevelRole.RowHeader))
        {
            _line = row.Line;
            _afterName = 0;
            if (ColumnsAfterName == 0) Flush();
        }
    }

    public void Flush()
    {
        if (_cells.Count > 0) table.ReadAssembled(_cells, _line);
        _cells.Clear();
        _afterName = -1;
        _position = 0;
    }
}
