namespace Jixiao.Interchange.Text;

/// The fund table one cell per line (a Word or web table, every cell on its own line): the heading's cells one after
/// another, then each source's name and its amounts, one per line, in the heading's column order. Empty cells are
/// sometimes dropped by the extraction; a row whose amounts then fall short of the columns cannot say which are
/// missing, and its amounts are reported rather than guessed.
internal sealed partial class FundSection
{
    // The last heading row was a single cell of a line of its own: the next such cell may be the heading's next column.
    private bool _headingOnePerLine;

    // A row whose name stood alone on its line in a table of several columns, and its amounts read so far, one per
    // line ("—" included: it holds a column's place).
    private FundTreeBuilder.Node? _collecting;
    private readonly List<string> _amountsOnePerLine = [];

    /// A heading cell alone on its line right after another one: the same heading row, cell by cell.
    private bool ContinuesHeadingOnePerLine(SourceRow row, List<RowItem> items) =>
        _headingOnePerLine && row.Layout == RowLayout.Text && items.Count == 1 && _columnNames is null;

    /// A line of a table read one cell per line that only this reading knows what to do with: the next cell of the
    /// heading (a column heading no label names, 全年执行数 after 年初预算数), or the next amount of the row being
    /// collected. Any other line places the collected amounts, and is read as a row.
    private bool TryReadOnePerLine(SourceRow row, bool afterHeadingCell)
    {
        var single = row.Layout == RowLayout.Text && row.Cells.Length >= 1;
        if (_collecting is not null)
        {
            if (single && AmountForNextColumn(row.Joined))
            {
                _amountsOnePerLine.Add(row.Joined);
                if (_amountsOnePerLine.Count == _columns.Count) PlaceAmountsOnePerLine();
                return true;
            }
            PlaceAmountsOnePerLine();
        }
        if (!afterHeadingCell || !single) return false;
        var items = RowItems.Extract(row);
        if (items is not [{ IsLabel: false } item] || !IsAmountHeading(item.Value)) return false;
        _headingOnePerLine = true;
        ReadHeading(row, items);
        return true;
    }

    /// 全年预算数, 全年执行数, 执行率, 分值, 得分: a short heading that names a sum, a rate or a score, the kind of column
    /// beside a fund table's amounts. A source's name (财政拨款, 当年财政拨款) names money, not a figure.
    private static bool IsAmountHeading(string text) =>
        text.Length is >= 2 and <= 8 && text[^1] is '数' or '率' or '分' or '值' && Clean(text).Depth < 0 && !FormValues.LooksLikeAmount(text);

    /// What the collected row's next column may hold: an amount, 「—」 for none, or under a kept column a rate (90%).
    private bool AmountForNextColumn(string text)
    {
        if (_amountsOnePerLine.Count >= _columns.Count) return false;
        if (FormValues.LooksLikeAmount(text) || (FormValues.IsEmptyMark(text) && text.Length > 0)) return true;
        return _columns[_amountsOnePerLine.Count].Column == AmountColumn.Kept && FormValues.IsPercentage(text);
    }

    /// A row whose name stood alone on a line of a table of several columns (上年度资金 | 本年度资金): its amounts follow
    /// one per line and are collected until the columns are filled, then placed by their order.
    private bool CollectsAmountsOnePerLine(SourceRow row, FundTreeBuilder.Node node)
    {
        if (row.Layout != RowLayout.Text || _positional || _columns.Count < 2) return false;
        _collecting = node;
        _amountsOnePerLine.Clear();
        return true;
    }

    /// 其中：当年财政拨款, 上年结转资金 alone on their line in a table read one cell per line, an amount on the next: a
    /// source whose name the table does not know, its amounts one per line below it (a tab row has them beside it).
    private bool AmountsFollowOnTheirLines(SourceRow row, SourceRow? next) =>
        row.Layout == RowLayout.Text && _columns.Count >= 2 && !_positional && next is { Layout: RowLayout.Text, Cells.Length: 1 }
        && (FormValues.LooksLikeAmount(next.Joined) || FormValues.IsEmptyMark(next.Joined));

    /// The collected amounts go to their columns by order (the kept ones to OtherFields under the column's heading and
    /// the source's name); fewer than the columns are reported (Place cannot tell which column each is).
    private void PlaceAmountsOnePerLine()
    {
        if (_collecting is not { } node) return;
        _collecting = null;
        if (_amountsOnePerLine.Count == 0) return;
        var positions = new List<int>(_amountsOnePerLine.Count);
        for (var i = 0; i < _amountsOnePerLine.Count; i++) positions.Add(i);
        var (prior, current, kept) = Place(_amountsOnePerLine, positions, node.Line);
        (node.PriorYear, node.CurrentYear) = (prior, current);
        foreach (var (heading, amount) in kept ?? []) draft.AddOther($"{heading}（{node.Name}）", amount, node.Line);
        _amountsOnePerLine.Clear();
    }
}
