namespace Jixiao.Interchange.Text;

/// Fund sources printed as a row of column headings with their amounts in the row below (Hebei's
/// 年度预算安排 | 资金总额 | 财政资金 | 其他资金, then | 320.00 | 300.00 | 20.00): the headings are the sources' names.
internal static class FundColumnRow
{
    /// The names row's (name, column) cells, after any heading cells (年度预算安排（万元）) before them; null when the
    /// row is not one. Every other cell must be a fund source's name (资金总额, 财政拨款, 其他资金), at least two of them,
    /// and none an amount: a row that names one source, or has amounts, is read as the table's usual rows.
    public static List<(string Name, int Column)>? TryReadNames(SourceRow row, out string? headingSuffix)
    {
        headingSuffix = null;
        var cells = row.Cells;
        var k = 0;
        for (; k < cells.Length; k++)
        {
            if (!FormLabels.Trie.TryMatchWhole(cells[k].Text, out var meaning, out var span) || meaning != LabelMeaning.FundHeading) break;
            headingSuffix ??= span.Suffix;
        }
        if (cells.Length - k < 2) return null;
        var names = new List<(string, int)>(cells.Length - k);
        for (; k < cells.Length; k++)
        {
            var text = cells[k].Text;
            if (FormValues.LooksLikeAmount(text) || FundSection.Clean(text).Depth < 0) return null;
            names.Add((text, cells[k].Column));
        }
        return names;
    }

    /// The amounts of the row under the names, one per name: by column when every amount stands under a name
    /// (tabs and pipes keep the columns), else in order when there are as many amounts as names. Null otherwise.
    public static string?[]? TryReadAmounts(SourceRow row, List<(string Name, int Column)> names)
    {
        var cells = row.Cells;
        if (cells.Length == 0 || cells.Length > names.Count) return null;
        foreach (var cell in cells)
            if (!FormValues.LooksLikeAmount(cell.Text) && !FormValues.IsEmptyMark(cell.Text)) return null;
        var amounts = new string?[names.Count];
        var byColumn = row.Layout != RowLayout.Text;
        for (var c = 0; c < cells.Length && byColumn; c++)
        {
            var at = IndexOfColumn(names, cells[c].Column);
            if (at < 0) byColumn = false;
            else amounts[at] = cells[c].Text;
        }
        if (byColumn) return amounts;
        if (cells.Length != names.Count) return null;
        for (var c = 0; c < cells.Length; c++) amounts[c] = cells[c].Text;
        return amounts;
    }

    private static int IndexOfColumn(List<(string Name, int Column)> names, int column)
    {
        for (var i = 0; i < names.Count; i++)
            if (names[i].Column == column) return i;
        return -1;
    }
}
