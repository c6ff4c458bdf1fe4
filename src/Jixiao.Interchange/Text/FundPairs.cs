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
            if (FormValues.LooksLikeAmount(cells[k].Text) || !FormValues.LooksLikeAmount(cells[k + 1].Text)) return null;
            pairs.Add((cells[k].Text, cells[k + 1].Text, cells[k + 1].Column));
        }
        return pairs;
    }

    /// A total's value that runs on with its sources, as space-separated text leaves it once the spaces are gone
    /// (辽宁: 资金总额 580.00 其中：财政拨款 580.00 其他资金 0.00 → "580.00其中：财政拨款580.00其他资金0.00"): the
    /// total's amount and one (name, amount) per source after it; null when the value does not read so (a name with a
    /// digit in it, an amount that is none).
    public static (string Total, List<(string Name, string Amount)> Sources)? TrySplitRun(string value)
    {
        var at = 0;
        var total = NextAmount(value, ref at);
        if (total is null || at >= value.Length) return null;
        var sources = new List<(string, string)>(2);
        while (at < value.Length)
        {
            var nameStart = at;
            while (at < value.Length && !char.IsAsciiDigit(value[at])) at++;
            var name = value[nameStart..at].Trim();
            var amount = NextAmount(value, ref at);
            if (name.Length == 0 || amount is null) return null;
            sources.Add((name, amount));
        }
        return (total, sources);
    }

    // The amount starting at `at` (digits, separators and a trailing 万元 / 元), moved past; null when it is none.
    private static string? NextAmount(string value, ref int at)
    {
        var start = at;
        while (at < value.Length && (char.IsAsciiDigit(value[at]) || value[at] is '.' or ',' or ' ')) at++;
        if (at < value.Length && value[at] == '万') at++;
        if (at < value.Length && value[at] == '元') at++;
        var amount = value[start..at].Trim();
        return amount.Length > 0 && FormValues.LooksLikeAmount(amount) ? amount : null;
    }
}
