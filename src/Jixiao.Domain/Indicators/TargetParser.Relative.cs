namespace Jixiao.Domain.Indicators;

public static partial class TargetParser
{
    // What a timeliness value says is done within the time: "3个月内完成", "5个工作日内办结", "30日内拨付到位".
    private static readonly string[] DoneWords = ["完成", "办结", "完工", "到位", "拨付", "发放", "兑现", "下达", "支付", "拨付到位", "发放到位"];

    /// "收到资金后30日内", "资金到位后3个月内完成", "3个月内完成": a time limit counted from an event is the duration
    /// it allows (≤30日), as "30日内" alone is; the event stays in <see cref="TargetValue.Text"/>. Timeliness rows of
    /// transfer-payment forms are written so, and reading them as unreadable text was a blocking error.
    private static QuantityTarget? TryRelativeDuration(ReadOnlySpan<char> s, string trimmed)
    {
        var after = s.LastIndexOf('后');
        if (after >= 0 && after + 1 < s.Length && (char.IsAsciiDigit(s[after + 1]) || s[after + 1] is '≤' or '<')) s = s[(after + 1)..];
        else if (after >= 0) return null;
        var within = s.LastIndexOf('内');
        if (within <= 0) return null;
        var rest = s[(within + 1)..];
        if (!rest.IsEmpty && !IsDoneWord(rest)) return null;
        if (after < 0 && rest.IsEmpty) return null;    // "30日内" alone is a plain quantity, read before this
        return TryQuantity(s[..(within + 1)], out var q) && TargetUnits.IsTime(q.Unit) ? FromQuantity(q, trimmed) : null;
    }

    private static bool IsDoneWord(ReadOnlySpan<char> rest)
    {
        foreach (var word in DoneWords)
            if (rest.SequenceEqual(word)) return true;
        return false;
    }
}
