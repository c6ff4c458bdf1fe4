namespace Jixiao.Interchange.Text;

/// Two amounts of a fund row run together ("3857.2910000" under 上年度资金 | 本年度资金: 3857.29 and 10000). Where one
/// ends is known only from its decimals: the first amount ends <c>decimals</c> digits after its decimal point, the
/// form's own count (what it prints its other amounts with). When the first amount has no decimal point
/// ("100003857.29") nothing says where it ends, and the run is left whole (the reader reports it as unplaced).
internal static class GluedAmounts
{
    /// The two amounts, or null when the cut is not determinable or leaves no amount after it.
    public static (string First, string Second)? Split(string run, int decimals)
    {
        var point = run.IndexOf('.');
        if (point <= 0 || decimals <= 0) return null;
        var end = point + 1 + decimals;
        if (end >= run.Length) return null;
        for (var i = point + 1; i < end; i++)
            if (!char.IsAsciiDigit(run[i])) return null;
        var second = run[end..];
        // A second amount starts with a digit, and with 0 only as "0" or "0.xx": "3857.29010000" is no two amounts.
        if (!char.IsAsciiDigit(second[0]) || (second[0] == '0' && second.Length > 1 && second[1] != '.')) return null;
        // Printed alike, the second amount has the first's decimals or none (10000, 10000.00).
        var secondPoint = second.IndexOf('.');
        if (secondPoint >= 0 && second.Length - secondPoint - 1 != decimals) return null;
        if (!FormValues.LooksLikeAmount(second)) return null;
        return (run[..end], second);
    }
}
