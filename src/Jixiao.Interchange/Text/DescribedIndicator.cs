using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Text;

/// An indicator written out in one cell, its name and then its value (定量指标/定性指标描述 on a city's 评审申报表):
/// "车辆完好率≥95%", "完成道路保洁面积120万平方米", "群众满意度达到90%以上".
internal static class DescribedIndicator
{
    /// Splits the cell where a value that runs to its end starts: at a sign (≥ ≤ …) or a number, with a comparison word
    /// just before it (达到, 不低于 …) taken into the value. The value must read as one (a quantity in a known unit, a
    /// date, a period), and a name of two characters or more must stand before it; otherwise the cell has no name of its
    /// own ("2025年12月31日前", "减少道路养护支出") and false is returned. Asked only of a description column's cells.
    public static bool TrySplit(string text, out string name, out string value)
    {
        name = value = "";
        // A cell that is a value from its start ("2025年12月31日前") names nothing, whatever number it holds inside. A
        // change read with the words before its number ("提升改造公厕42座" as 提升 + 42座) is the exception: in a
        // description column those words name what the row counts, unless they only state the change ("同比增长5%").
        var whole = TargetValue.Parse(text);
        var wholeIsChange = whole is QuantityTarget { IsLevel: false };
        if (ReadsAsValue(whole) && !wholeIsChange) return false;
        for (var i = 1; i < text.Length; i++)
        {
            if (!StartsAValue(text, i)) continue;
            var start = i - ComparisonWordBefore(text, i);
            var own = text.AsSpan(0, start).TrimEnd(NameEnds);
            if (wholeIsChange && TargetParser.EndsWithChangeVerb(own)) return false;
            if (own.Length < 2) continue;
            var rest = text[start..];
            if (!ReadsAsValue(TargetValue.Parse(rest))) continue;
            name = own.ToString();
            value = rest;
            return true;
        }
        return false;
    }

    // A sign, or the first digit of a number (not a digit inside a number or a name like "5G").
    private static bool StartsAValue(string text, int i) =>
        text[i] is '≥' or '≤' or '>' or '<' or '＞' or '＜' or '=' or '＝' or '≧' or '≦'
        || (char.IsAsciiDigit(text[i]) && !char.IsAsciiDigit(text[i - 1]) && text[i - 1] is not ('.' or ',' or '≥' or '≤' or '>' or '<'
            or '＞' or '＜' or '=' or '＝' or '≧' or '≦'));

    private static int ComparisonWordBefore(string text, int i)
    {
        foreach (var word in ComparisonWords)
            if (i >= word.Length && text.AsSpan(i - word.Length, word.Length).SequenceEqual(word)) return word.Length;
        return 0;
    }

    // Longest first: 不低于 before 低于.
    private static readonly string[] ComparisonWords = ["不低于", "不少于", "不高于", "不超过", "不大于", "不小于", "控制在", "达到", "大于", "小于",
        "高于", "低于", "超过"];

    // Words that join a name to its value and belong to neither: 覆盖率为100%, 完成时间：2025年6月.
    private const string NameEnds = "为是在达于约：: ";

    private static bool ReadsAsValue(TargetValue value) => value switch
    {
        QuantityTarget q => q.Unit.Length == 0 || TargetUnits.IsKnown(q.Unit) || (q.Normalized is { } n && TargetUnits.IsKnown(n.Unit)),
        DeadlineTarget or PeriodTarget => true,
        _ => false,
    };
}
