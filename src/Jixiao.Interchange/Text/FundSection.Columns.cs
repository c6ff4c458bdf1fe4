using Jixiao.Domain.Budget;

namespace Jixiao.Interchange.Text;

// Which column each amount of a row is, by tab position or by order.
internal sealed partial class FundSection
{
    /// Which amount is 上年度资金 and which 本年度资金 (and which a kept column's, as printed): by tab position when the
    /// heading has them, else in order.
    private (WanYuan? Prior, WanYuan? Current, List<(string Heading, string Text)>? Kept) Place(List<string> amounts, List<int> positions, int line)
    {
        WanYuan? prior = null, current = null;
        List<(string Heading, string Text)>? kept = null;
        for (var i = 0; i < amounts.Count; i++)
        {
            // 「—」 in a column's place (one cell per line keeps it to count the columns): the cell is empty.
            if (FormValues.IsEmptyMark(amounts[i])) continue;
            var column = ColumnOf(positions[i], i, amounts.Count);
            if (column == AmountColumn.Kept)
            {
                // Kept as printed: a rate (90%) or a score stands in such a column as well as an amount.
                (kept ??= []).Add((KeptHeading(positions[i], i), amounts[i]));
                continue;
            }
            if (!FormValues.TryParseAmount(amounts[i], _yuanPerUnit, out var amount))
            {
                draft.Unplaced("fundSources", amounts[i], line);
                continue;
            }
            switch (column)
            {
                case AmountColumn.PriorYear when prior is null: prior = amount; break;
                case AmountColumn.CurrentYear when current is null: current = amount; break;
                default: draft.Unplaced("fundSources", amounts[i], line); break;
            }
        }
        return (prior, current, kept);
    }

    /// The column of the <paramref name="index"/>th of <paramref name="count"/> amounts, at tab position
    /// <paramref name="position"/>: by position when the heading has them, else by order when the counts agree.
    private AmountColumn? ColumnOf(int position, int index, int count)
    {
        if (_positional && _columns.Count > 0) return AtPosition(position);
        if (_columns.Count == count) return _columns[index].Column;
        if (_columns.Count <= 1 && count == 1) return _columns.Count == 1 ? _columns[0].Column : AmountColumn.CurrentYear;
        return null;
    }

    /// True when tab position <paramref name="position"/> is under a kept column: what stands there is kept as printed,
    /// never a source's name or amount.
    private bool IsKeptPosition(int position) => _positional && AtPosition(position) == AmountColumn.Kept;

    /// The heading's column at tab position <paramref name="position"/>, or null.
    private AmountColumn? AtPosition(int position)
    {
        // A loop, not FindIndex with a lambda: the lambda would capture the position, a closure per cell.
        foreach (var (at, column) in _columns)
            if (at == position) return column;
        return null;
    }

    // The heading of the Kept column an amount stands in: by tab position, else by its order among the amounts.
    private string KeptHeading(int position, int index)
    {
        var k = 0;
        for (var c = 0; c < _columns.Count; c++)
        {
            if (_columns[c].Column != AmountColumn.Kept) continue;
            if (_positional ? _columns[c].Position == position : c == index) return _keptHeadings[k];
            k++;
        }
        return _keptHeadings.Count > 0 ? _keptHeadings[0] : "上年度";
    }
}
