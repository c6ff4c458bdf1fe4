namespace Jixiao.Interchange.Text;

/// The reporting period that an in-year monitoring form (绩效监控表/执行监控表) prints before its column headings and
/// labels: 1-7月执行情况, 1—6月执行数, 截至6月底完成值. The months change with each round of monitoring, so the heading is
/// known by what follows the period, and the period's digits must not make it look like a value.
internal static class ReportingPeriod
{
    /// The heading after a leading month period ("执行情况" of "1-7月执行情况"), or the text itself when it has none.
    public static string StripFrom(string text)
    {
        var i = 0;
        if (text.StartsWith("截至", StringComparison.Ordinal) || text.StartsWith("截止", StringComparison.Ordinal)) i = 2;
        var digitsFrom = i;
        i = SkipDigits(text, i);
        if (i == digitsFrom) return text;
        if (i < text.Length && text[i] is '-' or '－' or '—' or '–' or '~' or '～' or '至')
        {
            var second = ++i;
            i = SkipDigits(text, i);
            if (i == second) return text;
        }
        if (i >= text.Length || text[i] != '月') return text;
        i++;
        if (i < text.Length && text[i] is '底' or '末' or '份') i++;
        return i < text.Length ? text[i..] : text;
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i;
    }
}
