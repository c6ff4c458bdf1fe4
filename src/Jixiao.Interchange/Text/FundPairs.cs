namespace Jixiao.Interchange.Text;

/// A row of the fund table that names two or more sources, each with its amount beside it (Shanghai's
/// 其中：财政拨款 | 96.4 | 其他资金 | 0 under 项目预算（万元）): one source per pair, not one source with stray cells.
internal static class FundPairs
{
    /// The (name, amount, column) pairs when every cell of <paramref name="cells"/> alternates a name and an amount
    /// and there are at least two pairs; else null.
    public static List<(string Name, string Amount, int Column)>? TryRead(ReadOnlySpan<SourceCell> cells)
    {
        if (cells.Length < 4 || cells.Length % 2 != 0) return null;
        var pairs = new List<(string, string, int)>(cells.Length / 2);
        for (var k = 0; k < cells.Length; k += 2)
        {
            // A rate (执行率 90%) is no source's name.
            if (FormValues.LooksLikeAmount(cells[k].Text) || FormValues.IsPercentage(cells[k].Text)
                || !FormValues.LooksLikeAmount(cells[k + 1].Text)) return null;
            pairs.Add((cells[k].Text, cells[k + 1].Text, cells[k + 1].Column));
        }
        return pairs;
    }
}
